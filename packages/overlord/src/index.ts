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
export {
  costOf,
  DEFAULT_MODEL_PRICES,
  ModelPricesSchema,
  type ModelPrice,
  type ModelPrices,
} from './providers/prices';
export { formatCost, summariseCost, type CostSummary, type OperationCost } from './cost';
export { OFFLINE_JUDGE } from './offline/evaluate';
export { detectLanguage } from './offline/language';
export { parseIntent } from './offline/intents';
export { suggestTags, normaliseTag } from './offline/tags';
export { TAG_VOCABULARY } from './offline/tag-vocabulary';
export {
  cosine,
  embedOffline,
  EMBEDDING_DIMENSIONS,
  OFFLINE_EMBEDDING_MODEL,
} from './embedding/offline';
export { PROMPT_VERSION } from './prompts';
export {
  overlordConfigFromEnv,
  overlordEnvSchema,
  resolveJudge,
  type JudgeStatus,
  type OverlordEnv,
  type ResolvedJudge,
} from './env';
export {
  createOverlordMetrics,
  type CacheOutcome,
  type OverlordMetrics,
  type PromClientLike,
} from './metrics';
