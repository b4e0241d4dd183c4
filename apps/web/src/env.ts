import { redisUrlWithPassword } from '@overlord/redis/url';
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
  /**
   * Render: the api's private host and its explicit PORT, joined into API_INTERNAL_URL (a
   * Blueprint cannot join them itself, and its `hostport` may carry the reserved port 10000).
   */
  API_INTERNAL_HOST: z.string().trim().min(1).optional(),
  API_INTERNAL_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** next-auth's Prisma adapter (users, accounts, sessions). Required to sign in. */
  DATABASE_URL: z.url().optional(),
  /** Sign-out drops the api's cached session here. Required to sign in. */
  REDIS_URL: z.string().min(1).optional(),
  /** Redis's requirepass; folded into REDIS_URL (Render gives host:port and the secret apart). */
  REDIS_PASSWORD: z.string().min(1).optional(),
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

/**
 * Where server-side rendering reaches the api: API_INTERNAL_URL, else API_INTERNAL_HOST with
 * API_INTERNAL_PORT (both or neither: a host alone would silently mean port 80), else the public
 * NEXT_PUBLIC_API_URL when the server has no private route to the api.
 */
export function internalApiUrl(runtimeEnv: RuntimeEnv): string | undefined {
  const { API_INTERNAL_URL, API_INTERNAL_HOST, API_INTERNAL_PORT, NEXT_PUBLIC_API_URL } =
    runtimeEnv;
  if (API_INTERNAL_URL) return API_INTERNAL_URL;
  if (API_INTERNAL_HOST || API_INTERNAL_PORT) {
    if (!API_INTERNAL_HOST || !API_INTERNAL_PORT) {
      throw new Error(
        'Set API_INTERNAL_HOST and API_INTERNAL_PORT together (the api private address).',
      );
    }
    return `http://${API_INTERNAL_HOST}:${API_INTERNAL_PORT}`;
  }
  return NEXT_PUBLIC_API_URL;
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
    runtimeEnv: { ...runtimeEnv, API_INTERNAL_URL: internalApiUrl(runtimeEnv) } as never,
    emptyStringAsUndefined: true,
  });
  checkWebEnv(parsed, runtimeEnv.APP_ENV || undefined);
  return {
    ...parsed,
    REDIS_URL: parsed.REDIS_URL && redisUrlWithPassword(parsed.REDIS_URL, parsed.REDIS_PASSWORD),
  };
}

/**
 * The web app's configuration, validated once. Nothing else reads process.env.
 * NEXT_PUBLIC_* values are inlined into the browser bundle at build time.
 */
export const env = parseWebEnv({
  NODE_ENV: process.env.NODE_ENV,
  APP_ENV: process.env.APP_ENV,
  API_INTERNAL_URL: process.env.API_INTERNAL_URL,
  API_INTERNAL_HOST: process.env.API_INTERNAL_HOST,
  API_INTERNAL_PORT: process.env.API_INTERNAL_PORT,
  DATABASE_URL: process.env.DATABASE_URL,
  REDIS_URL: process.env.REDIS_URL,
  REDIS_PASSWORD: process.env.REDIS_PASSWORD,
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
