import type { Redis } from 'ioredis';

/** Stream names. Every live view reads one of these (docs/architecture.md §5). */
export const streams = {
  job: (jobId: string) => `jobs:${jobId}:events`,
  topic: (topicId: string) => `topics:${topicId}:events`,
  queues: () => 'queues:events',
  /** One citizen's own dispatches: read only by that citizen (live.dispatches). */
  user: (userId: string) => `users:${userId}:events`,
};

/** Bounded and expiring, so streams never grow Redis without limit (noeviction policy). */
export const STREAM_MAX_LEN = 5_000;
export const STREAM_TTL_SECONDS = 30 * 60;

export type LiveEvent = Record<string, unknown> & { type: string };

/**
 * Appends an event to each stream; returns the ids, or null when Redis is unreachable (live
 * updates degrade, the verdict itself is already committed in Postgres).
 */
export async function publishEvent(
  redis: Redis,
  names: string[],
  event: LiveEvent,
): Promise<string[] | null> {
  const data = JSON.stringify(event);
  const pipeline = redis.multi();
  for (const name of names) {
    pipeline.xadd(name, 'MAXLEN', '~', String(STREAM_MAX_LEN), '*', 'data', data);
    pipeline.expire(name, STREAM_TTL_SECONDS);
  }
  try {
    const results = await pipeline.exec();
    if (!results) return null;
    return results.filter((_, i) => i % 2 === 0).map(([, id]) => String(id));
  } catch {
    return null;
  }
}

export interface StreamEntry {
  id: string;
  event: LiveEvent;
}

/** Reads entries after `lastId` (exclusive), blocking up to `blockMs` when there are none. */
export async function readEvents(
  redis: Redis,
  name: string,
  lastId: string,
  blockMs: number,
  count = 100,
): Promise<StreamEntry[]> {
  const reply = await redis.xread('COUNT', count, 'BLOCK', blockMs, 'STREAMS', name, lastId);
  if (!reply) return [];
  return reply.flatMap(([, entries]) =>
    entries.map(([id, fields]) => ({ id, event: JSON.parse(fields[1] ?? '{}') as LiveEvent })),
  );
}
