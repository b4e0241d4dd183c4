export { withSemanticCache } from './cached-overlord.ts';
export { createSemanticCache, pruneSemanticCache, type SemanticCache } from './semantic-cache.ts';
