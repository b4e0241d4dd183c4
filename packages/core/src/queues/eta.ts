// Estimated wait for a queued item (docs/product.md §7), from a rolling rate of recent processing
// per queue kind. Queues are serial, so an item at position n waits for n − 1 reviews and then its
// own.
import type { Db } from '@overlord/db';

export type QueueKind = 'topic' | 'post' | 'message';

/** How far back the rolling rate looks, and how many recent reviews it averages at most. */
export const ETA_WINDOW_MS = 15 * 60_000;
const ETA_SAMPLE = 200;
/** One process asks the database at most this often per kind: status cards poll often. */
const CACHE_MS = 5_000;

const tables: Record<QueueKind, string> = {
  topic: 'topics',
  post: 'posts',
  message: 'private_messages',
};

const cache = new Map<QueueKind, { at: number; seconds: number | null }>();

/**
 * Mean seconds per item (queue pick-up to verdict) over the recent reviews of one kind; null
 * when nothing of that kind was decided recently (no basis for an estimate).
 */
export async function recentSecondsPerItem(db: Db, kind: QueueKind): Promise<number | null> {
  const hit = cache.get(kind);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.seconds;
  // Review time (start of review to verdict) dominates a serial queue's cycle; the worker's
  // pick-up between two jobs of one queue is a few milliseconds and is left out.
  const rows = await db.$queryRawUnsafe<{ seconds: number | null }[]>(
    `SELECT avg(extract(epoch FROM decided_at - review_started_at))::float8 AS seconds
       FROM (SELECT decided_at, review_started_at FROM ${tables[kind]}
              WHERE decided_at > $1 AND review_started_at IS NOT NULL
              ORDER BY decided_at DESC LIMIT ${ETA_SAMPLE}) recent`,
    new Date(Date.now() - ETA_WINDOW_MS),
  );
  const seconds = rows[0]?.seconds ?? null;
  cache.set(kind, { at: Date.now(), seconds });
  return seconds;
}

/**
 * Seconds until a verdict for the item at `position` (1 = next or in review), from the measured
 * seconds per review. `headWaitSeconds` is what the queue's head still waits before its retry
 * (a failing model call, or the hourly call budget spent): nothing in the queue moves before it.
 */
export function estimateWait(
  position: number,
  inReview: boolean,
  secondsPerItem: number | null,
  headWaitSeconds = 0,
): number | null {
  if (secondsPerItem === null) return null;
  const own = inReview ? secondsPerItem / 2 : secondsPerItem;
  const seconds = headWaitSeconds + (position - 1) * secondsPerItem + own;
  return Math.max(0, Math.round(seconds * 10) / 10);
}
