import { z } from 'zod';

import type { OverlordConfig } from './providers/config';
import { ModelPricesSchema } from './providers/prices';

/**
 * The Overlord's environment variables, spread into each app's env schema (api, worker), so
 * both validate them at start-up the same way. Defaults live in OverlordConfigSchema.
 */
export const overlordEnvSchema = {
  /** Unset: anthropic in staging and production (APP_ENV), offline in development and tests. */
  OVERLORD_PROVIDER: z.enum(['offline', 'anthropic', 'openai-compatible']).optional(),
  /**
   * The operator's explicit consent to run the offline judge where a model is expected (no key
   * in staging or production). Without it those processes refuse to start.
   */
  OVERLORD_ALLOW_OFFLINE: z.stringbool().default(false),
  ANTHROPIC_API_KEY: z.string().min(1).optional(),
  ANTHROPIC_BASE_URL: z.url().optional(),
  ANTHROPIC_MODEL: z.string().min(1).optional(),
  ANTHROPIC_FAST_MODEL: z.string().min(1).optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: z.string().min(1).optional(),
  OPENAI_FAST_MODEL: z.string().min(1).optional(),
  OPENAI_TRANSLATION_MODEL: z.string().min(1).optional(),
  OPENAI_EMBEDDING_MODEL: z.string().min(1).optional(),
  OVERLORD_SCREEN_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).optional(),
  OVERLORD_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).optional(),
  OVERLORD_MAX_RETRIES: z.coerce.number().int().min(0).max(10).optional(),
  OVERLORD_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).default(86_400),
  OVERLORD_CACHE_SIMILARITY: z.coerce.number().min(0.5).max(1).default(0.95),
  /**
   * Model prices in USD per million tokens, JSON, added to and overriding the defaults, e.g.
   * {"claude-sonnet-4-5":{"input":3,"output":15}}.
   */
  OVERLORD_MODEL_PRICES: z
    .string()
    .transform((s, ctx) => {
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'OVERLORD_MODEL_PRICES must be JSON.' });
        return z.NEVER;
      }
    })
    .pipe(ModelPricesSchema)
    .optional(),
};

type Shape = typeof overlordEnvSchema;
export type OverlordEnv = { [K in keyof Shape]: z.output<Shape[K]> };

const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

type AppEnv = 'development' | 'test' | 'staging' | 'production';

/** Which judge runs and why; readiness (`/readyz`) and the `overlord_judge_info` metric show it. */
export interface JudgeStatus {
  provider: 'offline' | 'anthropic' | 'openai-compatible';
  /** True when the offline judge runs where a model was expected, by OVERLORD_ALLOW_OFFLINE. */
  offlineOptIn: boolean;
}

export interface ResolvedJudge {
  config: OverlordConfig;
  status: JudgeStatus;
}

const isDeployed = (appEnv: AppEnv | undefined) => appEnv === 'staging' || appEnv === 'production';

function missingCredential(provider: JudgeStatus['provider'], env: Partial<OverlordEnv>) {
  if (provider === 'anthropic' && !env.ANTHROPIC_API_KEY) return 'ANTHROPIC_API_KEY';
  if (provider === 'openai-compatible' && !env.OPENAI_BASE_URL && !env.OPENAI_API_KEY)
    return 'OPENAI_BASE_URL or OPENAI_API_KEY';
  return null;
}

/**
 * Which judge this process runs. Staging and production are judged by a model (Anthropic unless
 * OVERLORD_PROVIDER says otherwise); development and tests by the offline judge. A model without
 * its credentials, or the offline judge in a deployment, is refused at start-up unless the
 * operator set OVERLORD_ALLOW_OFFLINE=true, and then the offline judge runs and says so.
 */
export function resolveJudge(env: Partial<OverlordEnv> & { APP_ENV?: AppEnv }): ResolvedJudge {
  const deployed = isDeployed(env.APP_ENV);
  const requested = env.OVERLORD_PROVIDER ?? (deployed ? 'anthropic' : 'offline');
  const missing = missingCredential(requested, env);
  const judgedBy = env.OVERLORD_PROVIDER
    ? `OVERLORD_PROVIDER=${requested}`
    : `APP_ENV=${env.APP_ENV} is judged by ${requested} by default, and`;
  const refused = missing
    ? `${judgedBy} needs ${missing}`
    : deployed && requested === 'offline'
      ? `APP_ENV=${env.APP_ENV} is meant to be judged by a model, not OVERLORD_PROVIDER=offline`
      : null;
  if (refused && !env.OVERLORD_ALLOW_OFFLINE)
    throw new Error(
      `${refused}. Set the key, or set OVERLORD_ALLOW_OFFLINE=true to run the offline judge on purpose.`,
    );
  const provider = refused ? 'offline' : requested;
  return {
    config: configFor(provider, env),
    status: { provider, offlineOptIn: refused !== null },
  };
}

/** The Overlord config the environment asks for (see resolveJudge for the rules). */
export function overlordConfigFromEnv(
  env: Partial<OverlordEnv> & { APP_ENV?: AppEnv },
): OverlordConfig {
  return resolveJudge(env).config;
}

function configFor(provider: JudgeStatus['provider'], env: Partial<OverlordEnv>): OverlordConfig {
  const openaiWanted = provider === 'openai-compatible' || env.OPENAI_API_KEY;
  return {
    provider,
    ...(env.ANTHROPIC_API_KEY
      ? {
          anthropic: defined({
            apiKey: env.ANTHROPIC_API_KEY,
            baseURL: env.ANTHROPIC_BASE_URL,
            strongModel: env.ANTHROPIC_MODEL,
            fastModel: env.ANTHROPIC_FAST_MODEL,
          }),
        }
      : {}),
    ...(openaiWanted
      ? {
          openai: defined({
            apiKey: env.OPENAI_API_KEY,
            baseURL: env.OPENAI_BASE_URL,
            model: env.OPENAI_MODEL,
            fastModel: env.OPENAI_FAST_MODEL,
            translationModel: env.OPENAI_TRANSLATION_MODEL,
            embeddingModel: env.OPENAI_EMBEDDING_MODEL,
          }),
        }
      : {}),
    timeouts: defined({
      screenMs: env.OVERLORD_SCREEN_TIMEOUT_MS,
      evaluateMs: env.OVERLORD_TIMEOUT_MS,
      defaultMs: env.OVERLORD_TIMEOUT_MS,
    }),
    retries: defined({ max: env.OVERLORD_MAX_RETRIES }),
    ...(env.OVERLORD_MODEL_PRICES ? { prices: env.OVERLORD_MODEL_PRICES } : {}),
  };
}
