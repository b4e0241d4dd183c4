export { estimateWait, recentSecondsPerItem } from './eta.ts';
export {
  cachedQueueOverview,
  OVERVIEW_CACHE_MS,
  queueOverview,
  type QueueOverview,
  type QueueWithCommentary,
  withHeadCommentary,
} from './overview.ts';
