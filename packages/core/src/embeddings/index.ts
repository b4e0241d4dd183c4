export { type EmbeddableKind, embedContent, staleContent } from './embed-content.ts';
