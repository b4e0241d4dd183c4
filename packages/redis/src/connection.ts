import { Redis } from 'ioredis';

/** Render's `fromService … hostport` gives `host:port`; everything else gives a redis:// URL. */
export function normaliseRedisUrl(value: string): string {
  return /^rediss?:\/\//.test(value) ? value : `redis://${value}`;
}

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
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    lazyConnect: false,
  });
  // Errors surface through the failing commands; an unhandled 'error' event would crash the process.
  redis.on('error', () => {});
  return redis;
}

export async function pingRedis(redis: Redis, timeoutMs = 1_000): Promise<boolean> {
  try {
    const reply = await Promise.race([
      redis.ping(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ]);
    return reply === 'PONG';
  } catch {
    return false;
  }
}
