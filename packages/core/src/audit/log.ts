// The audit-log viewer (docs/product.md §18): filtered by actor, action, target and date, newest
// first. Superadmins see every row; admins every row except superadmin actions: those of a
// superadmin, and those only a superadmin may take (roles, bans, deletions, settings), whoever
// holds the rank today. Rows carry ids and before/after states, never a private message's body.
import type { Db, Prisma } from '@overlord/db';

import type { Actor } from '../deps.ts';
import { DomainError } from '../errors.ts';

/** Actions of the superadmin's capabilities (docs/product.md §2): hidden from admins. */
export const SUPERADMIN_ACTIONS = [
  'user.role_change',
  'user.ban',
  'user.unban',
  'user.delete',
  'settings.update',
] as const;

export interface AuditFilter {
  /** The actor's username (exact, any case). */
  actor?: string | undefined;
  /** An action ("user.ban") or a family of them ("user."). */
  action?: string | undefined;
  /** A target's id, or a citizen's username (rows about that citizen). */
  target?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

export interface AuditRow {
  id: string;
  createdAt: Date;
  actor: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function whereOf(
  db: Db,
  viewer: Actor,
  filter: AuditFilter,
): Promise<Prisma.AuditLogWhereInput> {
  if (viewer.role !== 'admin' && viewer.role !== 'superadmin') {
    throw new DomainError('FORBIDDEN', 'The audit log is for admins.');
  }
  const and: Prisma.AuditLogWhereInput[] = [];
  if (viewer.role === 'admin') {
    and.push({ action: { notIn: [...SUPERADMIN_ACTIONS] } });
    and.push({ OR: [{ actorId: null }, { actor: { role: { not: 'superadmin' } } }] });
  }
  if (filter.actor) and.push({ actor: { username: filter.actor } });
  if (filter.action) {
    and.push(
      filter.action.endsWith('.')
        ? { action: { startsWith: filter.action } }
        : { action: filter.action },
    );
  }
  if (filter.target) {
    if (UUID.test(filter.target)) {
      and.push({ targetId: filter.target.toLowerCase() });
    } else {
      const citizen = await db.user.findUnique({
        where: { username: filter.target },
        select: { id: true },
      });
      and.push({
        targetType: 'user',
        targetId: citizen?.id ?? '00000000-0000-0000-0000-000000000000',
      });
    }
  }
  if (filter.from || filter.to) {
    and.push({
      createdAt: {
        ...(filter.from ? { gte: filter.from } : {}),
        ...(filter.to ? { lt: filter.to } : {}),
      },
    });
  }
  return { AND: and };
}

const rowSelect = {
  id: true,
  createdAt: true,
  action: true,
  targetType: true,
  targetId: true,
  before: true,
  after: true,
  requestId: true,
  actor: { select: { username: true } },
} as const;

type Selected = Prisma.AuditLogGetPayload<{ select: typeof rowSelect }>;

const toRow = (r: Selected): AuditRow => ({
  id: r.id,
  createdAt: r.createdAt,
  actor: r.actor?.username ?? null,
  action: r.action,
  targetType: r.targetType,
  targetId: r.targetId,
  before: r.before,
  after: r.after,
  requestId: r.requestId,
});

export async function listAuditLog(
  db: Db,
  viewer: Actor,
  input: AuditFilter & { page: number; pageSize: number },
): Promise<{ items: AuditRow[]; total: number; page: number; pageCount: number }> {
  const where = await whereOf(db, viewer, input);
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: rowSelect,
    }),
  ]);
  return {
    items: rows.map(toRow),
    total,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
  };
}

/** The most rows one export carries; narrow the filter for more. */
export const AUDIT_EXPORT_MAX = 10_000;

/** Every matching row (newest first, at most AUDIT_EXPORT_MAX), for the CSV export. */
export async function exportAuditLog(
  db: Db,
  viewer: Actor,
  filter: AuditFilter,
): Promise<{ items: AuditRow[]; truncated: boolean }> {
  const where = await whereOf(db, viewer, filter);
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: AUDIT_EXPORT_MAX + 1,
    select: rowSelect,
  });
  return {
    items: rows.slice(0, AUDIT_EXPORT_MAX).map(toRow),
    truncated: rows.length > AUDIT_EXPORT_MAX,
  };
}
