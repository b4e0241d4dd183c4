// Account services: creation on first sign-in, one's own account, the public profile.
import type { Db } from '@overlord/db';
import type { Redis } from '@overlord/redis';

import type { Actor } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { roleAtLeast } from '../permissions/table.ts';
import { loyaltyStanding, type RankDeps } from '../leaderboard/ranking.ts';
import { DISPATCH_KINDS } from '../notifications/kinds.ts';
import { readSettings } from '../settings/store.ts';
import { forgetUserSessions } from './session.ts';
import { generateUsername } from './username.ts';

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002';

export interface NewUserInput {
  email: string;
  emailVerified: Date | null;
  name?: string | null | undefined;
}

/**
 * Creates the account on first sign-in with a unique generated username (retried on the rare
 * collision). Only verified emails reach this point (the sign-in callback refuses the rest).
 */
export async function createUserFromSignIn(db: Db, input: NewUserInput) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.user.create({
        data: {
          email: input.email,
          emailVerified: input.emailVerified,
          name: input.name ?? null,
          username: generateUsername(),
        },
        select: { id: true, email: true, emailVerified: true, name: true, username: true },
      });
    } catch (error) {
      // A taken email is a real conflict; a taken username is retried with another.
      const target = JSON.stringify((error as { meta?: unknown }).meta ?? '');
      if (!isUniqueViolation(error) || target.includes('email') || attempt >= 5) throw error;
    }
  }
}

const accountSelect = {
  id: true,
  username: true,
  email: true,
  role: true,
  loyaltyScore: true,
  usernameChangedAt: true,
  onboardedAt: true,
  dispatchKinds: true,
  createdAt: true,
} as const;

export async function getOwnAccount(deps: RankDeps, actor: Actor) {
  const user = await deps.db.user.findUnique({ where: { id: actor.id }, select: accountSelect });
  if (!user) throw new DomainError('NOT_FOUND', 'Your file has gone missing from the Registry.');
  const standing = await loyaltyStanding(deps, actor.id);
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    role: user.role,
    loyaltyScore: user.loyaltyScore,
    canChangeUsername: user.usernameChangedAt === null,
    onboarded: user.onboardedAt !== null,
    canCreateTopics: roleAtLeast(actor, 'moderator') || (standing?.inTop10Percent ?? false),
    rank: standing?.rank ?? null,
    /** The top share that may propose topics, in whole percent. */
    topSharePercent: standing?.sharePercent ?? (await readSettings(deps)).topSharePercent,
    // In the order the account page lists them.
    dispatchKinds: DISPATCH_KINDS.filter((k) => user.dispatchKinds.includes(k)),
    createdAt: user.createdAt,
  };
}

/** The one allowed rename. The name was validated by `usernameSchema` at the edge. */
export async function changeUsername(
  deps: { db: Db; redis: Redis },
  actor: Actor,
  username: string,
): Promise<{ username: string }> {
  try {
    const { count } = await deps.db.user.updateMany({
      where: { id: actor.id, usernameChangedAt: null },
      data: { username, usernameChangedAt: new Date() },
    });
    if (count === 0) {
      throw new DomainError(
        'PRECONDITION_FAILED',
        'You have already changed your name once. The Registry does not indulge a second whim.',
      );
    }
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError('CONFLICT', 'That name already belongs to another citizen.');
    }
    throw error;
  }
  await forgetUserSessions(deps.redis, actor.id);
  return { username };
}

export async function completeOnboarding(db: Db, actor: Actor): Promise<{ onboarded: true }> {
  await db.user.updateMany({
    where: { id: actor.id, onboardedAt: null },
    data: { onboardedAt: new Date() },
  });
  return { onboarded: true };
}

/**
 * A public profile. The email is included only for the citizen themself and for admins+;
 * moderators and everyone else never receive it.
 */
export async function getProfile(db: Db, viewer: Actor | null, username: string) {
  const user = await db.user.findFirst({
    where: { username, deletedAt: null },
    select: {
      id: true,
      username: true,
      email: true,
      role: true,
      isSystem: true,
      loyaltyScore: true,
      createdAt: true,
    },
  });
  if (!user) return null;
  const mayViewEmail = viewer !== null && (viewer.id === user.id || roleAtLeast(viewer, 'admin'));
  return {
    username: user.username,
    role: user.role,
    isOverlord: user.isSystem,
    loyaltyScore: user.loyaltyScore,
    createdAt: user.createdAt,
    ...(mayViewEmail ? { email: user.email } : {}),
  };
}
