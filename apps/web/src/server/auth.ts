import 'server-only';

// Sign-in (docs/architecture.md §6): next-auth with Google and database sessions (Prisma adapter).
// The session cookie is the one the api reads: same name, HttpOnly, SameSite=Lax, Secure when
// deployed, scoped to AUTH_COOKIE_DOMAIN (the parent of web and api hosts) when set.
import { PrismaAdapter } from '@auth/prisma-adapter';
import { createUserFromSignIn } from '@overlord/core/citizens/account';
import { forgetSession, sessionCookieName } from '@overlord/core/citizens/session';
import NextAuth, { type NextAuthConfig } from 'next-auth';
import type { Adapter, AdapterAccount, AdapterUser } from 'next-auth/adapters';
import Google, { type GoogleProfile } from 'next-auth/providers/google';

import { env, secureCookies } from '~/env';
import { sameSiteRedirect } from '~/lib/redirect';

import { getDb, getRedis } from './db';

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export const sessionCookie = {
  name: sessionCookieName(secureCookies, env.APP_ENV),
  options: {
    httpOnly: true,
    sameSite: 'lax' as const,
    path: '/',
    secure: secureCookies,
    ...(env.AUTH_COOKIE_DOMAIN ? { domain: env.AUTH_COOKIE_DOMAIN } : {}),
  },
};

/** The Prisma adapter, fitted to our users table (generated usernames, no avatars). */
function adapter(): Adapter {
  const db = getDb();
  const base = PrismaAdapter(db);
  return {
    ...base,
    async createUser(user: AdapterUser) {
      // Only verified Google emails get here (see `signIn` below).
      const created = await createUserFromSignIn(db, {
        email: user.email,
        emailVerified: new Date(),
        name: user.name,
      });
      return { ...created, email: created.email ?? user.email };
    },
    linkAccount(account: AdapterAccount) {
      const { userId, type, provider, providerAccountId } = account;
      return db.account
        .create({
          data: {
            userId,
            type,
            provider,
            providerAccountId,
            refresh_token: account.refresh_token ?? null,
            access_token: account.access_token ?? null,
            expires_at: account.expires_at ?? null,
            token_type: account.token_type ?? null,
            scope: account.scope ?? null,
            id_token: account.id_token ?? null,
            session_state: typeof account.session_state === 'string' ? account.session_state : null,
          },
        })
        .then(() => undefined);
    },
    async getSessionAndUser(sessionToken: string) {
      const found = await base.getSessionAndUser!(sessionToken);
      // A deleted account has no session anywhere (the api agrees).
      if (!found || (found.user as { deletedAt?: Date | null }).deletedAt) return null;
      return found;
    },
  } as Adapter;
}

export const googleProvider = () =>
  Google({
    clientId: env.AUTH_GOOGLE_ID,
    clientSecret: env.AUTH_GOOGLE_SECRET,
    // Tests and local runs point this at a local OIDC server standing in for Google.
    ...(env.AUTH_GOOGLE_ISSUER ? { issuer: env.AUTH_GOOGLE_ISSUER } : {}),
    // Safe because unverified emails are refused: a verified Google address proves ownership.
    allowDangerousEmailAccountLinking: true,
    profile(profile: GoogleProfile) {
      return { id: profile.sub, name: profile.name, email: profile.email };
    },
  });

const config = (): NextAuthConfig => ({
  adapter: adapter(),
  secret: env.AUTH_SECRET,
  trustHost: true,
  // Debug output would print cookies and tokens; staging must never log them (docs/decisions.md).
  debug: false,
  session: { strategy: 'database', maxAge: SESSION_MAX_AGE_SECONDS },
  cookies: { sessionToken: sessionCookie },
  providers: [googleProvider()],
  pages: { signIn: '/sign-in', error: '/sign-in' },
  callbacks: {
    /** Same-site paths only (lib/redirect.ts). */
    redirect({ url, baseUrl }) {
      return sameSiteRedirect(url, [baseUrl, env.AUTH_URL]);
    },
    signIn({ account, profile }) {
      // docs/product.md §3: a verified email is required; refused before any account is created.
      if (account?.provider === 'google') return profile?.email_verified === true;
      return false;
    },
  },
  events: {
    async signOut(message) {
      // next-auth has deleted the row; drop the api's cached copy so its next call is anonymous.
      const token = 'session' in message ? message.session?.sessionToken : undefined;
      const redis = await getRedis();
      if (token && redis) await forgetSession(redis, token);
    },
  },
});

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());
