import type { Prisma } from '@overlord/db';

/**
 * Serialises submissions to one queue and returns the submission time taken under the lock, so
 * submission order, commit order and queue order agree (strict FIFO). Call inside the
 * submitting transaction; the lock is released at commit.
 */
export async function lockQueueAndStamp(
  tx: Prisma.TransactionClient,
  queueKey: string,
): Promise<Date> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${queueKey}, 0))`;
  const [{ now }] = await tx.$queryRaw<[{ now: Date }]>`SELECT clock_timestamp() AS now`;
  return now;
}
