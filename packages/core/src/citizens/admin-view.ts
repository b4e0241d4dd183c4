// Citizen administration for admins (docs/product.md §18): find a citizen by name or email, and
// see their role, standing, sanctions and recent decisions in one file. Emails are shown here
// because the viewer may see them (`seeEmails`, admins+); moderators never reach this.
import type { Db, Prisma } from '@overlord/db';
import type { Redis } from '@overlord/redis';

import { DomainError } from '../errors.ts';
import { rankOf } from '../leaderboard/ranking.ts';
import type { Role } from '../permissions/table.ts';

const listSelect = {
  id: true,
  username: true,
  email: true,
  role: true,
  loyaltyScore: true,
  bannedAt: true,
  deletedAt: true,
  createdAt: true,
} as const;

type Listed = Prisma.UserGetPayload<{ select: typeof listSelect }>;

export interface AdminCitizenSummary {
  id: string;
  username: string;
  email: string | null;
  role: Role;
  loyaltyScore: number;
  banned: boolean;
  deleted: boolean;
  createdAt: Date;
}

const summary = (u: Listed): AdminCitizenSummary => ({
  id: u.id,
  username: u.username,
  email: u.email,
  role: u.role,
  loyaltyScore: u.loyaltyScore,
  banned: u.bannedAt !== null,
  deleted: u.deletedAt !== null,
  createdAt: u.createdAt,
});

/** By part of the username or the email (any case), newest accounts first. */
export async function searchCitizens(
  db: Db,
  input: { q: string; page: number; pageSize: number },
): Promise<{ items: AdminCitizenSummary[]; total: number; page: number; pageCount: number }> {
  const q = input.q.trim();
  const where: Prisma.UserWhereInput = {
    isSystem: false,
    ...(q
      ? {
          OR: [
            { username: { contains: q, mode: 'insensitive' } },
            { email: { contains: q, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: listSelect,
    }),
  ]);
  return {
    items: rows.map(summary),
    total,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
  };
}

export interface AdminCitizenFile extends AdminCitizenSummary {
  banReason: string | null;
  rank: number | null;
  sanctions: {
    id: string;
    kind: 'freeze' | 'rate_limit';
    reason: string;
    startsAt: Date;
    endsAt: Date | null;
    liftedAt: Date | null;
    active: boolean;
  }[];
  decisions: {
    id: string;
    kind: string;
    delta: number;
    createdAt: Date;
    actor: string | null;
  }[];
}

const RECENT = 20;

export async function citizenFile(
  deps: { db: Db; redis: Redis },
  username: string,
): Promise<AdminCitizenFile> {
  const user = await deps.db.user.findUnique({
    where: { username },
    select: {
      ...listSelect,
      isSystem: true,
      banReason: true,
      sanctions: {
        orderBy: { createdAt: 'desc' },
        take: RECENT,
        select: {
          id: true,
          kind: true,
          reason: true,
          startsAt: true,
          endsAt: true,
          liftedAt: true,
        },
      },
      moderationEvents: {
        orderBy: { createdAt: 'desc' },
        take: RECENT,
        select: {
          id: true,
          kind: true,
          delta: true,
          createdAt: true,
          actor: { select: { username: true } },
        },
      },
    },
  });
  if (!user || user.isSystem)
    throw new DomainError('NOT_FOUND', 'No such citizen in the Registry.');
  const now = Date.now();
  const rank = await rankOf(deps, user.id);
  return {
    ...summary(user),
    banReason: user.banReason,
    rank: rank?.rank ?? null,
    sanctions: user.sanctions.map((s) => ({
      ...s,
      active:
        s.liftedAt === null &&
        s.startsAt.getTime() <= now &&
        (s.endsAt?.getTime() ?? Infinity) > now,
    })),
    decisions: user.moderationEvents.map((e) => ({
      id: e.id,
      kind: e.kind,
      delta: e.delta,
      createdAt: e.createdAt,
      actor: e.actor?.username ?? null,
    })),
  };
}
