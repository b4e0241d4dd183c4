// Superadmin tools (docs/product.md §2): change a role, ban, unban, delete an account. Each writes
// an audit_log row (actor, target, before/after) in the same transaction as the change, then drops
// the target's cached sessions so their very next request sees it.
import type { Db, Prisma } from '@overlord/db';
import type { Redis } from '@overlord/redis';

import type { Actor } from '../deps.ts';
import { DomainError } from '../errors.ts';
import type { Role } from '../permissions/table.ts';
import { syncStoredScore } from '../leaderboard/ranking.ts';
import { forgetUserSessions } from './session.ts';

interface AdminDeps {
  db: Db;
  redis: Redis;
}

const targetSelect = {
  id: true,
  username: true,
  role: true,
  bannedAt: true,
  banReason: true,
  deletedAt: true,
  isSystem: true,
} as const;

type Target = Prisma.UserGetPayload<{ select: typeof targetSelect }>;

export interface AdminUserView {
  id: string;
  username: string;
  role: Role;
  banned: boolean;
  banReason: string | null;
  deleted: boolean;
}

const view = (u: Target): AdminUserView => ({
  id: u.id,
  username: u.username,
  role: u.role,
  banned: u.bannedAt !== null,
  banReason: u.banReason,
  deleted: u.deletedAt !== null,
});

async function change(
  deps: AdminDeps,
  actor: Actor,
  ctx: { requestId?: string | undefined },
  targetId: string,
  /** Why, for the record (docs/product.md §2: every such action carries a reason). */
  reason: string,
  action: string,
  apply: (target: Target) => Prisma.UserUpdateInput | DomainError,
): Promise<AdminUserView> {
  const after = await deps.db.$transaction(async (tx) => {
    // Row lock: two superadmins acting at once are serialised, and before/after stay true.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM users WHERE id = ${targetId}::uuid FOR UPDATE`;
    const target =
      locked.length > 0
        ? await tx.user.findUnique({ where: { id: targetId }, select: targetSelect })
        : null;
    if (!target || target.isSystem) {
      throw new DomainError('NOT_FOUND', 'No such citizen in the Registry.');
    }
    if (target.id === actor.id) {
      throw new DomainError(
        'PRECONDITION_FAILED',
        'The Ministry does not let an official act on their own file. Ask another superadmin.',
      );
    }
    if (target.deletedAt && action !== 'user.delete') {
      throw new DomainError('PRECONDITION_FAILED', 'That account has been deleted.');
    }
    const data = apply(target);
    if (data instanceof DomainError) throw data;
    const updated = await tx.user.update({ where: { id: target.id }, data, select: targetSelect });
    if (action === 'user.delete') await tx.session.deleteMany({ where: { userId: target.id } });
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action,
        targetType: 'user',
        targetId: target.id,
        before: view(target) as unknown as Prisma.InputJsonValue,
        after: { ...view(updated), reason },
        requestId: ctx.requestId ?? null,
      },
      select: { id: true },
    });
    return updated;
  });
  await forgetUserSessions(deps.redis, after.id);
  // A ban or deletion takes the citizen off the leaderboard; an unban puts them back.
  await syncStoredScore(deps.db, deps.redis, after.id);
  return view(after);
}

export function setUserRole(
  deps: AdminDeps & { requestId?: string },
  actor: Actor,
  input: { userId: string; role: Role; reason: string },
) {
  return change(deps, actor, deps, input.userId, input.reason, 'user.role_change', (t) =>
    t.role === input.role
      ? new DomainError(
          'PRECONDITION_FAILED',
          `That citizen already holds the rank of ${input.role}.`,
        )
      : { role: input.role },
  );
}

export function banUser(
  deps: AdminDeps & { requestId?: string },
  actor: Actor,
  input: { userId: string; reason: string },
) {
  return change(deps, actor, deps, input.userId, input.reason, 'user.ban', (t) =>
    t.bannedAt
      ? new DomainError('PRECONDITION_FAILED', 'That citizen is already banned.')
      : { bannedAt: new Date(), banReason: input.reason },
  );
}

export function unbanUser(
  deps: AdminDeps & { requestId?: string },
  actor: Actor,
  input: { userId: string; reason: string },
) {
  return change(deps, actor, deps, input.userId, input.reason, 'user.unban', (t) =>
    t.bannedAt
      ? { bannedAt: null, banReason: null }
      : new DomainError('PRECONDITION_FAILED', 'That citizen is not banned.'),
  );
}

/**
 * Deletes an account: sessions end at once and the user can no longer sign in; personal data
 * is erased by the retention job (docs/product.md §14) within 30 days.
 */
export function deleteUser(
  deps: AdminDeps & { requestId?: string },
  actor: Actor,
  input: { userId: string; reason: string },
) {
  return change(deps, actor, deps, input.userId, input.reason, 'user.delete', (t) =>
    t.deletedAt
      ? new DomainError('PRECONDITION_FAILED', 'That account is already deleted.')
      : { deletedAt: new Date(), deletionRequestedAt: new Date() },
  );
}
