export * from './schemas';
export type { Overlord } from './overlord';
export { createOverlord, type OverlordHooks } from './factory';
export {
  OverlordConfigSchema,
  OverlordError,
  type CallRecord,
  type Operation,
  type OverlordConfig,
  type OverlordErrorKind,
} from './providers/config';
export { createOfflineOverlord } from './offline';
export { OFFLINE_JUDGE } from './offline/evaluate';
export { detectLanguage } from './offline/language';
export { suggestTags, normaliseTag } from './offline/tags';
export { TAG_VOCABULARY } from './offline/tag-vocabulary';
export {
  cosine,
  embedOffline,
  EMBEDDING_DIMENSIONS,
  OFFLINE_EMBEDDING_MODEL,
} from './embedding/offline';
export { PROMPT_VERSION } from './prompts';
export { overlordConfigFromEnv, overlordEnvSchema, type OverlordEnv } from './env';
export {
  createOverlordMetrics,
  type CacheOutcome,
  type OverlordMetrics,
  type PromClientLike,
} from './metrics';
