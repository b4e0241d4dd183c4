export type { Redis } from 'ioredis';
export {
  createRedis,
  normaliseRedisUrl,
  pingRedis,
  redisUrlWithPassword,
  whenReady,
} from './connection.ts';
export {
  publishEvent,
  readEvents,
  STREAM_MAX_LEN,
  STREAM_TTL_SECONDS,
  streams,
  type LiveEvent,
  type StreamEntry,
} from './streams.ts';
export {
  compareIds,
  createStreamHub,
  type StreamHub,
  StreamLimitError,
  type StreamListener,
} from './hub.ts';
