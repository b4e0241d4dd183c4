export {
  decodeLogCursor,
  encodeLogCursor,
  listLog,
  type ListLogInput,
  type LogDecision,
  type LogEntry,
  type LogPage,
} from './entries.ts';
export {
  cachedOverlordRecord,
  computeOverlordRecord,
  forgetOverlordRecord,
  type OverlordRecord,
  RECORD_CACHE_SECONDS,
  RECORD_DAYS,
  RECORD_WEEKS,
} from './record.ts';
