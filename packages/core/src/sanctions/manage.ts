// Applying, lifting and escalating sanctions (docs/product.md §10). Moderators+ apply a posting
// freeze or a rate limit to someone of lower rank, for at most a week; admins+ lift or escalate
// (escalation replaces a sanction with a stronger one, which may be indefinite). Every change
// writes an audit_log row in the same transaction, and the citizen's dispatch saying what is
// restricted and until when (sent once it commits). Enforcement is in enforce.ts, on every
// submission path.
import type { Db, Prisma } from '@overlord/db';

import type { Actor, Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import {
  notify,
  publishDispatches,
  sanctionImposedNotice,
  sanctionLiftedNotice,
} from '../notifications/index.ts';
import { roleAtLeast } from '../permissions/table.ts';

/** The longest sanction a moderator may apply; only an escalation goes beyond. */
export const MAX_MODERATOR_SANCTION_HOURS = 7 * 24;

export interface SanctionTerms {
  kind: 'freeze' | 'rate_limit';
  /** rate_limit only: at most `count` submissions per `windowSeconds`. */
  rateLimit?: { count: number; windowSeconds: number } | undefined;
  /** Duration; null = until lifted (escalations only). */
  hours: number | null;
  reason: string;
}

export interface SanctionView {
  id: string;
  kind: 'freeze' | 'rate_limit';
  rateLimitCount: number | null;
  rateLimitWindowSeconds: number | null;
  reason: string;
  startsAt: Date;
  endsAt: Date | null;
  active: boolean;
  issuedBy: { username: string };
  liftedAt: Date | null;
  escalatedFromId: string | null;
}

const sanctionSelect = {
  id: true,
  kind: true,
  rateLimitCount: true,
  rateLimitWindowSeconds: true,
  reason: true,
  startsAt: true,
  endsAt: true,
  liftedAt: true,
  escalatedFromId: true,
  issuedBy: { select: { username: true } },
} satisfies Prisma.SanctionSelect;

type SanctionRow = Prisma.SanctionGetPayload<{ select: typeof sanctionSelect }>;

const toView = (s: SanctionRow, now = new Date()): SanctionView => ({
  ...s,
  active: s.liftedAt === null && s.startsAt <= now && (s.endsAt === null || s.endsAt > now),
});

type Tx = Prisma.TransactionClient;

async function targetCitizen(tx: Tx, actor: Actor, username: string) {
  const target = await tx.user.findFirst({
    where: { username, deletedAt: null, isSystem: false },
    select: { id: true, username: true, role: true },
  });
  if (!target) throw new DomainError('NOT_FOUND', 'No such citizen in the Registry.');
  if (target.id === actor.id) {
    throw new DomainError('PRECONDITION_FAILED', 'No official may sanction themselves.');
  }
  // Only downwards: a moderator restrains citizens, an admin moderators too.
  if (roleAtLeast(target, actor.role)) {
    throw new DomainError('FORBIDDEN', `A ${target.role} answers to a higher rank than yours.`);
  }
  return target;
}

function sanctionData(terms: SanctionTerms) {
  if (terms.kind === 'rate_limit' && !terms.rateLimit) {
    throw new DomainError(
      'BAD_REQUEST',
      'A rate limit needs a number of submissions and a window.',
    );
  }
  return {
    kind: terms.kind,
    rateLimitCount: terms.kind === 'rate_limit' ? terms.rateLimit!.count : null,
    rateLimitWindowSeconds: terms.kind === 'rate_limit' ? terms.rateLimit!.windowSeconds : null,
    reason: terms.reason,
    endsAt: terms.hours === null ? null : new Date(Date.now() + terms.hours * 3_600_000),
  };
}

function audit(tx: Tx, actor: Actor, action: string, sanction: SanctionRow, requestId?: string) {
  return tx.auditLog.create({
    data: {
      actorId: actor.id,
      action,
      targetType: 'sanction',
      targetId: sanction.id,
      after: JSON.parse(JSON.stringify(sanction)) as Prisma.InputJsonValue,
      requestId: requestId ?? null,
    },
    select: { id: true },
  });
}

export async function applySanction(
  deps: Pick<Deps, 'db' | 'redis'>,
  actor: Actor,
  input: SanctionTerms & { username: string; requestId?: string },
): Promise<SanctionView> {
  if (input.hours === null || input.hours > MAX_MODERATOR_SANCTION_HOURS) {
    throw new DomainError(
      'BAD_REQUEST',
      `A sanction lasts at most ${MAX_MODERATOR_SANCTION_HOURS / 24} days; longer needs an admin's escalation.`,
    );
  }
  const { view, notified } = await deps.db.$transaction(async (tx) => {
    const target = await targetCitizen(tx, actor, input.username);
    const created = await tx.sanction.create({
      data: { userId: target.id, issuedById: actor.id, ...sanctionData(input) },
      select: sanctionSelect,
    });
    await audit(tx, actor, 'sanction.apply', created, input.requestId);
    const notified = await notify(tx, [
      { userId: target.id, text: sanctionImposedNotice(created) },
    ]);
    return { view: toView(created), notified };
  });
  await publishDispatches(deps.redis, notified);
  return view;
}

/** Locks an active sanction for a change by an admin+, with its subject's rank checked. */
async function activeSanction(tx: Tx, actor: Actor, sanctionId: string) {
  const [row] = await tx.$queryRawUnsafe<[{ user_id: string }?]>(
    `SELECT user_id FROM sanctions
      WHERE id = $1::uuid AND lifted_at IS NULL AND (ends_at IS NULL OR ends_at > now())
      FOR UPDATE`,
    sanctionId,
  );
  if (!row) throw new DomainError('NOT_FOUND', 'No such active sanction.');
  const subject = await tx.user.findUniqueOrThrow({
    where: { id: row.user_id },
    select: { id: true, username: true, role: true },
  });
  if (subject.id === actor.id || roleAtLeast(subject, actor.role)) {
    throw new DomainError('FORBIDDEN', 'That sanction is beyond your authority.');
  }
  return subject;
}

export async function liftSanction(
  deps: Pick<Deps, 'db' | 'redis'>,
  actor: Actor,
  input: { sanctionId: string; requestId?: string },
): Promise<SanctionView> {
  const { view, notified } = await deps.db.$transaction(async (tx) => {
    const subject = await activeSanction(tx, actor, input.sanctionId);
    const lifted = await tx.sanction.update({
      where: { id: input.sanctionId },
      data: { liftedAt: new Date(), liftedById: actor.id },
      select: sanctionSelect,
    });
    await audit(tx, actor, 'sanction.lift', lifted, input.requestId);
    const notified = await notify(tx, [{ userId: subject.id, text: sanctionLiftedNotice(lifted) }]);
    return { view: toView(lifted), notified };
  });
  await publishDispatches(deps.redis, notified);
  return view;
}

/** Replaces an active sanction with a stronger one (which may last until lifted). */
export async function escalateSanction(
  deps: Pick<Deps, 'db' | 'redis'>,
  actor: Actor,
  input: SanctionTerms & { sanctionId: string; requestId?: string },
): Promise<SanctionView> {
  const { view, notified } = await deps.db.$transaction(async (tx) => {
    const subject = await activeSanction(tx, actor, input.sanctionId);
    const now = new Date();
    await tx.sanction.update({
      where: { id: input.sanctionId },
      data: { liftedAt: now, liftedById: actor.id },
    });
    const escalated = await tx.sanction.create({
      data: {
        userId: subject.id,
        issuedById: actor.id,
        escalatedFromId: input.sanctionId,
        ...sanctionData(input),
      },
      select: sanctionSelect,
    });
    await audit(tx, actor, 'sanction.escalate', escalated, input.requestId);
    // One dispatch: the new terms replace the old ones.
    const notified = await notify(tx, [
      { userId: subject.id, text: sanctionImposedNotice(escalated, true) },
    ]);
    return { view: toView(escalated), notified };
  });
  await publishDispatches(deps.redis, notified);
  return view;
}

/** A citizen's sanctions, newest first: for officials, and for the citizen's own account page. */
export async function sanctionsOf(
  db: Db,
  where: { userId: string } | { username: string },
): Promise<SanctionView[] | null> {
  const user = await db.user.findFirst({
    where: {
      ...('userId' in where ? { id: where.userId } : { username: where.username }),
      deletedAt: null,
    },
    select: { id: true },
  });
  if (!user) return null;
  const rows = await db.sanction.findMany({
    where: { userId: user.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 50,
    select: sanctionSelect,
  });
  const now = new Date();
  return rows.map((r) => toView(r, now));
}
