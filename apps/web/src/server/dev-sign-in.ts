import 'server-only';

// Development and tests only (AUTH_DEV_SIGN_IN=true, refused when deployed): sign in as any
// seeded user without Google. It writes the same `sessions` row and cookie next-auth would,
// so everything downstream (api, sign-out) is the real path.
import { randomBytes } from 'node:crypto';

import { env } from '~/env';

import { getDb } from './db';
import { SESSION_MAX_AGE_SECONDS } from './auth';

export const devSignInEnabled = () => env.AUTH_DEV_SIGN_IN;

/** Seeded users a developer can act as. */
export async function devUsers() {
  if (!devSignInEnabled()) return [];
  return getDb().user.findMany({
    where: { isSystem: false, deletedAt: null },
    select: { username: true, role: true },
    orderBy: [{ role: 'desc' }, { username: 'asc' }],
    take: 50,
  });
}

export async function createDevSession(username: string) {
  if (!devSignInEnabled()) return null;
  const db = getDb();
  const user = await db.user.findFirst({
    where: { username, isSystem: false, deletedAt: null },
    select: { id: true },
  });
  if (!user) return null;
  const sessionToken = randomBytes(32).toString('hex');
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  await db.session.create({ data: { sessionToken, userId: user.id, expires } });
  return { sessionToken, expires };
}
