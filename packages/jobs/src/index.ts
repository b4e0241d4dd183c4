export { BACKGROUND_PRIORITY, enqueue, type EnqueueOptions, type SqlExecutor } from './enqueue.ts';
export {
  jobPayloads,
  parsePayload,
  parseReviewQueue,
  reviewJob,
  type JobName,
  type JobPayload,
  type ReviewJob,
  type ReviewKind,
} from './registry.ts';
export { enqueueReview, reviewJobParams, reviewJobSql } from './review.ts';
export { runJobMigrations } from './migrations.ts';
