// Whether citizens want the dispatches of topics they follow (docs/product.md §17). Kept apart,
// in one place, so the per-kind dispatch choices can be wired in here alone.
import type { Prisma } from '@overlord/db';

/** Of `userIds`, those who want dispatches about the topics they follow. */
export async function wantingFollowDispatches(
  tx: Prisma.TransactionClient,
  userIds: string[],
): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await tx.user.findMany({
    where: { id: { in: userIds }, notificationsOptIn: true, deletedAt: null, isSystem: false },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
