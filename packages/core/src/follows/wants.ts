// Whether citizens want the dispatches of topics they follow (docs/product.md §21): the
// `followed_topics` choice (§13).
import type { Prisma } from '@overlord/db';

/** Of `userIds`, those who want dispatches about the topics they follow. */
export async function wantingFollowDispatches(
  tx: Prisma.TransactionClient,
  userIds: string[],
): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await tx.user.findMany({
    where: {
      id: { in: userIds },
      dispatchKinds: { has: 'followed_topics' },
      deletedAt: null,
      isSystem: false,
    },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
