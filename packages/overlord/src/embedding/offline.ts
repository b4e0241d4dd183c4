import { hash } from '../offline/hash';
import { stem } from '../offline/stem';
import { words } from '../offline/text';
import type { EmbedResult } from '../schemas';

/** Every vector column is vector(512): the offline embedder and providers agree on it. */
export const EMBEDDING_DIMENSIONS = 512;
export const OFFLINE_EMBEDDING_MODEL = 'offline-hash-v1';

/**
 * Deterministic feature hashing: words, their stems and word bigrams are hashed into 512
 * signed buckets, then L2-normalised so cosine = dot product. Lexical, not semantic: it finds
 * near-duplicates (the semantic cache) and keyword-close content (chat retrieval offline).
 * Stopwords are kept on purpose: "is fair" and "is not fair" must not look identical.
 */
export function embedOffline(text: string, dimensions = EMBEDDING_DIMENSIONS): number[] {
  const v = new Array<number>(dimensions).fill(0);
  const add = (feature: string, weight: number) => {
    const h = hash(feature);
    v[h % dimensions]! += (h & 0x80000000 ? -1 : 1) * weight;
  };
  const tokens = words(text);
  tokens.forEach((w, i) => {
    add(`w:${w}`, 1);
    add(`s:${stem(w)}`, 0.5);
    if (i > 0) add(`b:${tokens[i - 1]} ${w}`, 0.7);
  });
  const norm = Math.hypot(...v);
  return norm === 0 ? v : v.map((x) => x / norm);
}

export function embedManyOffline(texts: string[]): EmbedResult {
  return {
    model: OFFLINE_EMBEDDING_MODEL,
    dimensions: EMBEDDING_DIMENSIONS,
    vectors: texts.map((t) => embedOffline(t)),
  };
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! ** 2;
    nb += b[i]! ** 2;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
