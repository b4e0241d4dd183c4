// One session for web and api (docs/architecture.md §6): next-auth writes `sessions` rows and sets
// the cookie; the api reads the same row. Lookups are cached briefly in Redis and dropped on
// sign-out, ban, role change, username change or deletion, so the next request sees the change.
import { createHash } from 'node:crypto';

import type { Db } from '@overlord/db';
import type { Redis } from '@overlord/redis';

import type { Actor } from '../deps.ts';

/**
 * Cookie names shared by next-auth (web) and the api. `__Secure-` wherever cookies are Secure.
 * Staging has a name of its own: production's cookie (Domain=<apex>) also reaches staging.<apex>,
 * and staging must never take it for one of its own sessions (docs/decisions.md, "Staging and
 * production sessions").
 */
export function sessionCookieName(secure: boolean, appEnv?: string): string {
  const base = appEnv === 'staging' ? 'overlord-staging.session-token' : 'overlord.session-token';
  return secure ? `__Secure-${base}` : base;
}

/** Seconds a resolved session may be served from Redis. Invalidation makes changes immediate. */
export const SESSION_CACHE_SECONDS = 60;

export type SessionState =
  | { kind: 'anonymous' }
  | {
      kind: 'active';
      actor: Actor;
      sessionExpires: Date;
      /** A hash of the token: names the session (e.g. chat memory) without revealing it. */
      sessionId: string;
    }
  | { kind: 'banned'; userId: string };

interface CachedSession {
  userId: string;
  username: string;
  role: Actor['role'];
  banned: boolean;
  expires: string;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const sessionKey = (token: string) => `auth:session:${tokenHash(token)}`;
const userSessionsKey = (userId: string) => `auth:user-sessions:${userId}`;

/** Redis only speeds things up: if it is down, every lookup goes to the database. */
async function quietly<T>(op: () => Promise<T>): Promise<T | null> {
  try {
    return await op();
  } catch {
    return null;
  }
}

function toState(s: CachedSession, token: string): SessionState {
  const expires = new Date(s.expires);
  if (expires.getTime() <= Date.now()) return { kind: 'anonymous' };
  if (s.banned) return { kind: 'banned', userId: s.userId };
  return {
    kind: 'active',
    actor: { id: s.userId, username: s.username, role: s.role },
    sessionExpires: expires,
    sessionId: tokenHash(token).slice(0, 32),
  };
}

/** Resolves a session token (the cookie value) to who is acting. */
export async function resolveSession(
  deps: { db: Db; redis: Redis },
  token: string | null | undefined,
): Promise<SessionState> {
  if (!token || token.length > 512) return { kind: 'anonymous' };
  const key = sessionKey(token);
  const hit = await quietly(() => deps.redis.get(key));
  if (hit === '') return { kind: 'anonymous' };
  if (hit) return toState(JSON.parse(hit) as CachedSession, token);

  const row = await deps.db.session.findUnique({
    where: { sessionToken: token },
    select: {
      expires: true,
      user: {
        select: {
          id: true,
          username: true,
          role: true,
          bannedAt: true,
          deletedAt: true,
          isSystem: true,
        },
      },
    },
  });
  if (!row || row.user.deletedAt || row.user.isSystem || row.expires.getTime() <= Date.now()) {
    // Negative answers are cached too (short), so a flood of bad cookies stays off the database.
    await quietly(() => deps.redis.set(key, '', 'EX', 5));
    return { kind: 'anonymous' };
  }
  const cached: CachedSession = {
    userId: row.user.id,
    username: row.user.username,
    role: row.user.role,
    banned: row.user.bannedAt !== null,
    expires: row.expires.toISOString(),
  };
  const ttl = Math.min(
    SESSION_CACHE_SECONDS,
    Math.ceil((row.expires.getTime() - Date.now()) / 1000),
  );
  await quietly(() =>
    deps.redis
      .multi()
      .set(key, JSON.stringify(cached), 'EX', ttl)
      .sadd(userSessionsKey(row.user.id), key)
      .expire(userSessionsKey(row.user.id), SESSION_CACHE_SECONDS * 2)
      .exec(),
  );
  return toState(cached, token);
}

/** Drops one session from the cache (sign-out). */
export async function forgetSession(redis: Redis, token: string): Promise<void> {
  await quietly(() => redis.del(sessionKey(token)));
}

/**
 * Drops every cached session of a user (role change, ban, unban, rename, deletion). Callers
 * change the database first, so a lookup racing this one reads the new state.
 */
export async function forgetUserSessions(redis: Redis, userId: string): Promise<void> {
  await quietly(async () => {
    const keys = await redis.smembers(userSessionsKey(userId));
    await redis.del(...keys, userSessionsKey(userId));
  });
}

/** Reads a cookie from a raw Cookie header. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}
