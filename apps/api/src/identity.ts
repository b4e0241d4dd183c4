import { readCookie, resolveSession, sessionCookieName, type SessionState } from '@overlord/core';
import type { Db } from '@overlord/db';
import type { Redis } from '@overlord/redis';
import type { IncomingMessage } from 'node:http';

/**
 * Who is calling: the next-auth database session named by the shared session cookie (set by
 * the web app for the parent domain), looked up in `sessions` and cached briefly in Redis.
 * No cookie, an unknown or expired token, or a deleted account: anonymous.
 */
export function createSessionResolver(
  deps: { db: Db; redis: Redis },
  secureCookies: boolean,
  appEnv?: string,
) {
  const cookieName = sessionCookieName(secureCookies, appEnv);
  return function resolveRequestSession(req: IncomingMessage): Promise<SessionState> {
    return resolveSession(deps, readCookie(req.headers.cookie, cookieName));
  };
}
