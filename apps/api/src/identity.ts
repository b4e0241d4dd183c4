import type { Actor } from '@overlord/core';
import type { Db } from '@overlord/db';
import type { IncomingMessage } from 'node:http';

/**
 * Until sign-in lands, development and tests act as a seeded citizen: DEV_IDENTITY_USERNAME by
 * default, or the username in the x-overlord-dev-user header. The env schema refuses this
 * setting in deployed environments, so in production this always resolves to anonymous.
 */
export function createActorResolver(db: Db, devIdentity: string | undefined) {
  return async function resolveActor(req: IncomingMessage): Promise<Actor | null> {
    if (!devIdentity) return null;
    const header = req.headers['x-overlord-dev-user'];
    const username = (typeof header === 'string' && header) || devIdentity;
    const user = await db.user.findFirst({
      where: { username, bannedAt: null, deletedAt: null, isSystem: false },
      select: { id: true, username: true, role: true },
    });
    return user;
  };
}
