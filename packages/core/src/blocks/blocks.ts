// Blocking (docs/product.md §20): a citizen's own, private list of citizens they no longer hear
// from. The blocked citizen is never told: nothing is written to them, and no procedure lets
// anyone but the blocker read the list.
import type { Db, Prisma } from '@overlord/db';

import type { Actor } from '../deps.ts';
import { DomainError } from '../errors.ts';

async function blockable(db: Db, actor: Actor, username: string) {
  const target = await db.user.findFirst({
    where: { username, deletedAt: null, isSystem: false },
    select: { id: true, username: true },
  });
  if (!target)
    throw new DomainError('NOT_FOUND', 'No citizen by that name is listed in the Registry.');
  if (target.id === actor.id)
    throw new DomainError('BAD_REQUEST', 'Citizen, you cannot block yourself. Try silence.');
  return target;
}

export async function blockCitizen(db: Db, actor: Actor, username: string) {
  const target = await blockable(db, actor, username);
  await db.block.upsert({
    where: { blockerId_blockedId: { blockerId: actor.id, blockedId: target.id } },
    create: { blockerId: actor.id, blockedId: target.id },
    update: {},
  });
  return { username: target.username, blocked: true };
}

export async function unblockCitizen(db: Db, actor: Actor, username: string) {
  const target = await blockable(db, actor, username);
  await db.block.deleteMany({ where: { blockerId: actor.id, blockedId: target.id } });
  return { username: target.username, blocked: false };
}

/** The caller's own blocks, newest first. */
export async function listBlocked(db: Db, actor: Actor) {
  const rows = await db.block.findMany({
    where: { blockerId: actor.id },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true, blocked: { select: { username: true } } },
  });
  return rows.map((r) => ({ username: r.blocked.username, since: r.createdAt }));
}

/** Whether `blockerId` has blocked `blockedId`. */
export async function hasBlocked(
  db: Db | Prisma.TransactionClient,
  blockerId: string,
  blockedId: string,
): Promise<boolean> {
  const row = await db.block.findUnique({
    where: { blockerId_blockedId: { blockerId, blockedId } },
    select: { blockerId: true },
  });
  return row !== null;
}

/**
 * Of `recipientIds`, those who have not blocked `authorId`: a dispatch caused by the author
 * (a mention, a statement in a followed topic) reaches only them.
 */
export async function notBlocking(
  db: Db | Prisma.TransactionClient,
  authorId: string,
  recipientIds: string[],
): Promise<string[]> {
  if (recipientIds.length === 0) return [];
  const blockers = new Set(
    (
      await db.block.findMany({
        where: { blockedId: authorId, blockerId: { in: recipientIds } },
        select: { blockerId: true },
      })
    ).map((b) => b.blockerId),
  );
  return recipientIds.filter((id) => !blockers.has(id));
}
