// Semantic cache (docs/product.md §6, docs/architecture.md §8): an exact-hash fast path in Redis,
// then the nearest neighbour in pgvector above a similarity threshold; answers live in Redis
// with a TTL, and the pgvector row (same TTL) indexes them.
import { createHash } from 'node:crypto';

import type { Db } from '@overlord/db';
import { type CacheOutcome, embedOffline, OFFLINE_EMBEDDING_MODEL } from '@overlord/overlord';
import type { Redis } from '@overlord/redis';

export interface SemanticCacheOptions {
  db: Db;
  redis: Redis;
  ttlSeconds: number;
  /** Cosine similarity (0..1) a neighbour needs to count as the same request. */
  threshold: number;
  metrics?: { cache(operation: string, outcome: CacheOutcome): void } | undefined;
  onError?: ((error: unknown) => void) | undefined;
}

export interface CacheKey {
  /** evaluate | translate | chat */
  operation: string;
  /** Everything that must match exactly (judge, prompt version, context); hashed. */
  scope: string;
  /** The part that may vary slightly between near-duplicates. */
  text: string;
  /** Overrides the default threshold (translation wants near-identity). */
  threshold?: number;
}

/** Deletes expired index rows (Redis expires its own keys); run hourly by the worker's cron. */
export function pruneSemanticCache(db: Db): Promise<number> {
  return db.$executeRaw`DELETE FROM semantic_cache_entries WHERE expires_at <= now()`;
}

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const redisKey = (namespace: string, inputHash: string) =>
  `overlord:cache:${namespace}:${inputHash}`;
const vectorLiteral = (v: number[]) => `[${v.join(',')}]`;

/**
 * Keys are embedded with the offline embedder on purpose: a lookup must cost no provider call
 * (that is the point of the cache), and near-duplicates are a lexical notion anyway.
 */
export function createSemanticCache(opts: SemanticCacheOptions) {
  const { db, redis } = opts;

  function parts(key: CacheKey) {
    const namespace = `${key.operation}:${sha256(key.scope).slice(0, 32)}`;
    const text = key.text.trim().replace(/\s+/g, ' ');
    return { namespace, text, inputHash: sha256(text) };
  }

  /** The exact-hash fast path alone (Redis only, no embedding, no query). */
  async function lookupExact<T>(key: CacheKey): Promise<T | null> {
    const { namespace, inputHash } = parts(key);
    const exact = await redis.get(redisKey(namespace, inputHash)).catch(() => null);
    return exact ? (JSON.parse(exact) as T) : null;
  }

  /** Remembers an answer for the exact fast path only (Redis, same TTL). */
  async function storeExact<T>(key: CacheKey, value: T): Promise<void> {
    const { namespace, inputHash } = parts(key);
    await redis
      .set(redisKey(namespace, inputHash), JSON.stringify(value), 'EX', opts.ttlSeconds)
      .catch(() => null);
  }

  async function lookup<T>(key: CacheKey): Promise<{ value: T; outcome: CacheOutcome } | null> {
    const { namespace, text } = parts(key);
    const exact = await lookupExact<T>(key);
    if (exact) return { value: exact, outcome: 'hit_exact' };
    const vector = vectorLiteral(embedOffline(text));
    const rows = await db.$queryRawUnsafe<
      { input_hash: string; response: T; similarity: number }[]
    >(
      `SELECT input_hash, response, 1 - (embedding <=> $1::vector) AS similarity
         FROM semantic_cache_entries
        WHERE operation = $2 AND model = $3 AND expires_at > now()
        ORDER BY embedding <=> $1::vector
        LIMIT 1`,
      vector,
      namespace,
      OFFLINE_EMBEDDING_MODEL,
    );
    const best = rows[0];
    if (!best || best.similarity < (key.threshold ?? opts.threshold)) return null;
    const hot = await redis.get(redisKey(namespace, best.input_hash)).catch(() => null);
    return { value: hot ? (JSON.parse(hot) as T) : best.response, outcome: 'hit_semantic' };
  }

  async function store<T>(key: CacheKey, value: T): Promise<void> {
    const { namespace, text, inputHash } = parts(key);
    const json = JSON.stringify(value);
    await redis.set(redisKey(namespace, inputHash), json, 'EX', opts.ttlSeconds).catch(() => null);
    await db.$executeRawUnsafe(
      `INSERT INTO semantic_cache_entries (id, operation, input_hash, model, embedding, response, expires_at)
       VALUES (gen_random_uuid(), $1, $2, $3, $4::vector, $5::jsonb, now() + make_interval(secs => $6))
       ON CONFLICT (operation, input_hash)
       DO UPDATE SET response = EXCLUDED.response, expires_at = EXCLUDED.expires_at`,
      namespace,
      inputHash,
      OFFLINE_EMBEDDING_MODEL,
      vectorLiteral(embedOffline(text)),
      json,
      opts.ttlSeconds,
    );
  }

  return {
    lookup,
    lookupExact,
    store,
    storeExact,
    metrics: (operation: string, outcome: CacheOutcome) => opts.metrics?.cache(operation, outcome),
    /** The cached answer, or `compute()` stored for next time. Cache trouble never fails a call. */
    async through<T>(key: CacheKey, compute: () => Promise<T>): Promise<T> {
      const found = await lookup<T>(key).catch((error: unknown) => {
        opts.onError?.(error);
        return null;
      });
      opts.metrics?.cache(key.operation, found?.outcome ?? 'miss');
      if (found) return found.value;
      const value = await compute();
      await store(key, value).catch((error: unknown) => opts.onError?.(error));
      return value;
    },
    /** Deletes expired index rows (Redis expires its own keys). */
    prune: () => pruneSemanticCache(db),
  };
}

export type SemanticCache = ReturnType<typeof createSemanticCache>;
