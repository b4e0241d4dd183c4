import { createEnv } from '@t3-oss/env-nextjs';
import { z } from 'zod';

const DEFAULT_API_URL = 'http://localhost:4000';

/** An origin without a trailing slash; `host:port` (Render's private `hostport`) gets http://. */
const apiOrigin = z
  .string()
  .trim()
  .transform((value) => (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`))
  .pipe(z.url({ protocol: /^https?$/, error: 'Expected an http(s) URL or host:port.' }))
  .transform((value) => value.replace(/\/+$/, ''));

const flag = z
  .enum(['true', 'false', '1', '0'])
  .default('false')
  .transform((v) => v === 'true' || v === '1');

export const webServerSchema = {
  /** `next dev` sets development; builds and `next start` run production. */
  NODE_ENV: z.enum(['development', 'test', 'production']).default('production'),
  /** Which deployment this is; staging and production both run NODE_ENV=production. */
  APP_ENV: z.enum(['development', 'test', 'staging', 'production']).default('development'),
  /** Server → api (first paint in Server Components); private network in production. */
  API_INTERNAL_URL: apiOrigin.default(DEFAULT_API_URL),
  /** next-auth's Prisma adapter (users, accounts, sessions). Required to sign in. */
  DATABASE_URL: z.url().optional(),
  /** Sign-out drops the api's cached session here. Required to sign in. */
  REDIS_URL: z.string().min(1).optional(),
  /** next-auth: signs its CSRF and state cookies. Required to sign in. */
  AUTH_SECRET: z.string().min(16).optional(),
  /** The web's public origin (next-auth callbacks). */
  AUTH_URL: z.url().optional(),
  /** Parent domain of web and api in deployments, so api.<domain> receives the cookie. */
  AUTH_COOKIE_DOMAIN: z.string().min(1).optional(),
  AUTH_GOOGLE_ID: z.string().min(1).optional(),
  AUTH_GOOGLE_SECRET: z.string().min(1).optional(),
  /** Tests and local development only: an OIDC issuer standing in for Google. */
  AUTH_GOOGLE_ISSUER: z.url().optional(),
  /** Development and tests only: sign in as any seeded user without Google. */
  AUTH_DEV_SIGN_IN: flag,
};

type RuntimeEnv = Record<string, string | undefined>;

/** Refusals that a schema per variable cannot express. Exported for the configuration tests. */
export function checkWebEnv(
  values: { APP_ENV: string; AUTH_DEV_SIGN_IN: boolean; AUTH_GOOGLE_ISSUER?: string | undefined },
  /** APP_ENV as set, before its default: the development sign-in needs it spelled out. */
  explicitAppEnv: string | undefined,
) {
  const deployed = values.APP_ENV === 'staging' || values.APP_ENV === 'production';
  if (deployed && values.AUTH_DEV_SIGN_IN) {
    throw new Error(
      'AUTH_DEV_SIGN_IN is a development aid: it must not be enabled in staging or production.',
    );
  }
  if (values.AUTH_DEV_SIGN_IN && explicitAppEnv !== 'development' && explicitAppEnv !== 'test') {
    throw new Error(
      'AUTH_DEV_SIGN_IN needs APP_ENV set explicitly to development or test; it is never enabled by default.',
    );
  }
  if (deployed && values.AUTH_GOOGLE_ISSUER) {
    throw new Error('AUTH_GOOGLE_ISSUER replaces Google in tests only; unset it when deployed.');
  }
}

/** Parses the web's environment (used at start and by the configuration tests). */
export function parseWebEnv(runtimeEnv: RuntimeEnv) {
  const parsed = createEnv({
    server: webServerSchema,
    client: {
      /** Browser → api. */
      NEXT_PUBLIC_API_URL: apiOrigin.default(DEFAULT_API_URL),
    },
    // Keys are listed explicitly below (Next inlines NEXT_PUBLIC_* only when named).
    runtimeEnv: runtimeEnv as never,
    emptyStringAsUndefined: true,
  });
  checkWebEnv(parsed, runtimeEnv.APP_ENV || undefined);
  return parsed;
}

/**
 * The web app's configuration, validated once. Nothing else reads process.env.
 * NEXT_PUBLIC_* values are inlined into the browser bundle at build time.
 */
export const env = parseWebEnv({
  NODE_ENV: process.env.NODE_ENV,
  APP_ENV: process.env.APP_ENV,
  // Falls back to the public URL when the server has no private route to the api.
  API_INTERNAL_URL: process.env.API_INTERNAL_URL || process.env.NEXT_PUBLIC_API_URL,
  DATABASE_URL: process.env.DATABASE_URL,
  REDIS_URL: process.env.REDIS_URL,
  AUTH_SECRET: process.env.AUTH_SECRET,
  AUTH_URL: process.env.AUTH_URL,
  AUTH_COOKIE_DOMAIN: process.env.AUTH_COOKIE_DOMAIN,
  AUTH_GOOGLE_ID: process.env.AUTH_GOOGLE_ID,
  AUTH_GOOGLE_SECRET: process.env.AUTH_GOOGLE_SECRET,
  AUTH_GOOGLE_ISSUER: process.env.AUTH_GOOGLE_ISSUER,
  AUTH_DEV_SIGN_IN: process.env.AUTH_DEV_SIGN_IN,
  NEXT_PUBLIC_API_URL: process.env.NEXT_PUBLIC_API_URL,
});

/** Session cookies are Secure everywhere but local development and tests (plain http). */
export const secureCookies = env.APP_ENV === 'staging' || env.APP_ENV === 'production';
