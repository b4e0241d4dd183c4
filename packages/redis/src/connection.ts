import { Redis } from 'ioredis';

import { normaliseRedisUrl } from './url.ts';

export { normaliseRedisUrl, redisUrlWithPassword } from './url.ts';

/**
 * Redis holds only rebuildable state, so every caller must survive it being down: commands fail
 * fast (no offline queue, one retry) instead of hanging a request, and the client keeps
 * reconnecting in the background so live updates recover by themselves.
 */
export function createRedis(url: string, name = 'overlord'): Redis {
  const redis = new Redis(normaliseRedisUrl(url), {
    connectionName: name,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    // A Redis that accepts connections but stops answering must not hold up a submission.
    commandTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    lazyConnect: false,
  });
  // Errors surface through the failing commands; an unhandled 'error' event would crash the process.
  redis.on('error', () => {});
  return redis;
}

/** Resolves once the client is connected, or rejects after `timeoutMs`. */
export function whenReady(redis: Redis, timeoutMs: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      reject(new Error('timeout'));
    }, timeoutMs);
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    redis.once('ready', onReady);
  });
}

export async function pingRedis(redis: Redis, timeoutMs = 1_000): Promise<boolean> {
  try {
    const reply = await Promise.race([
      // A client still connecting (start-up, reconnect) is given the same time budget.
      whenReady(redis, timeoutMs).then(() => redis.ping()),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ]);
    return reply === 'PONG';
  } catch {
    return false;
  }
}
