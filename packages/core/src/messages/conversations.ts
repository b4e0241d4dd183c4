// A conversation is the unordered pair of its two citizens, stored ordered (user_a < user_b) so
// the unique constraint holds one row per pair whichever of them writes first.
import type { Prisma } from '@overlord/db';

export function orderedPair(x: string, y: string): { userAId: string; userBId: string } {
  // Lowercase hex UUIDs of one length sort the same as Postgres sorts the uuid type.
  return x < y ? { userAId: x, userBId: y } : { userAId: y, userBId: x };
}

/**
 * Find-or-create inside the caller's transaction. ON CONFLICT DO NOTHING waits for a concurrent
 * creator of the same pair to commit and then yields to it, so two first messages sent at once
 * end up in one conversation instead of one of them failing.
 */
export async function findOrCreateConversation(
  tx: Prisma.TransactionClient,
  x: string,
  y: string,
): Promise<{ id: string }> {
  const pair = orderedPair(x, y);
  await tx.conversation.createMany({ data: [pair], skipDuplicates: true });
  return tx.conversation.findUniqueOrThrow({
    where: { userAId_userBId: pair },
    select: { id: true },
  });
}
