export * from './schemas';
export type { Overlord } from './overlord';
export { createOfflineOverlord } from './offline';
export { OFFLINE_JUDGE } from './offline/evaluate';
export { detectLanguage } from './offline/language';
export { suggestTags, normaliseTag } from './offline/tags';
export { TAG_VOCABULARY } from './offline/tag-vocabulary';
