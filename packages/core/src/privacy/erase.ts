// Account deletion (docs/product.md §14). Closing is immediate: the citizen is signed out
// everywhere, leaves the leaderboard and can no longer sign in. Erasure follows in the worker (at
// once, and a daily sweep catches anything missed): the name becomes "Anonymous Citizen <hash>",
// the email and sign-in links go, and so do their private messages and notifications. Public topics
// and statements stay, under the anonymous name; moderation records stay for their retention
// period.
import { createHash } from 'node:crypto';

import type { Db } from '@overlord/db';
import { eraseAccountsJob } from '@overlord/jobs';
import type { Redis } from '@overlord/redis';

import type { Actor } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { syncStoredScore } from '../leaderboard/ranking.ts';
import { forgetUserSessions } from '../citizens/session.ts';

export const ANONYMOUS_PREFIX = 'Anonymous Citizen ';

/** Stable per account, so one erased author's statements still read as one voice. */
export function anonymousName(userId: string): string {
  return `${ANONYMOUS_PREFIX}${createHash('sha256').update(userId).digest('hex').slice(0, 8)}`;
}

export async function requestAccountDeletion(
  deps: { db: Db; redis: Redis },
  actor: Actor,
  input: { confirmUsername: string },
): Promise<{ closedAt: Date }> {
  if (input.confirmUsername !== actor.username) {
    throw new DomainError(
      'BAD_REQUEST',
      'Type your username exactly as it stands in the Registry to confirm.',
    );
  }
  const closedAt = new Date();
  await deps.db.$transaction([
    deps.db.user.update({
      where: { id: actor.id },
      data: { deletionRequestedAt: closedAt, deletedAt: closedAt },
    }),
    deps.db.session.deleteMany({ where: { userId: actor.id } }),
    // Erase now rather than at the next daily sweep.
    deps.db.$executeRawUnsafe(`SELECT ${eraseAccountsJob.sql(1)}`, ...eraseAccountsJob.params({})),
  ]);
  await forgetUserSessions(deps.redis, actor.id);
  await syncStoredScore(deps.db, deps.redis, actor.id);
  return { closedAt };
}

/** Erases every closed account not erased yet. Idempotent; returns how many were erased. */
export async function eraseClosedAccounts(db: Db): Promise<number> {
  const pending = await db.user.findMany({
    where: {
      deletionRequestedAt: { not: null },
      NOT: { username: { startsWith: ANONYMOUS_PREFIX } },
    },
    select: { id: true },
    take: 500,
  });
  for (const { id } of pending) {
    await db.$transaction([
      db.privateMessage.deleteMany({ where: { senderId: id } }),
      db.notification.deleteMany({ where: { userId: id } }),
      db.account.deleteMany({ where: { userId: id } }),
      db.session.deleteMany({ where: { userId: id } }),
      // Whom they blocked or followed, and who blocked them (docs/product.md §20, §21).
      db.block.deleteMany({ where: { OR: [{ blockerId: id }, { blockedId: id }] } }),
      db.topicFollow.deleteMany({ where: { userId: id } }),
      db.user.update({
        where: { id },
        data: {
          username: anonymousName(id),
          email: null,
          emailVerified: null,
          name: null,
        },
      }),
    ]);
  }
  return pending.length;
}
