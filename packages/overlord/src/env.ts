import { z } from 'zod';

import type { OverlordConfig } from './providers/config';

/**
 * The Overlord's environment variables, spread into each app's env schema (api, worker), so
 * both validate them at start-up the same way. Defaults live in OverlordConfigSchema.
 */
export const overlordEnvSchema = {
  OVERLORD_PROVIDER: z.enum(['offline', 'anthropic', 'openai-compatible']).default('offline'),
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
};

type Shape = typeof overlordEnvSchema;
export type OverlordEnv = { [K in keyof Shape]: z.output<Shape[K]> };

const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export function overlordConfigFromEnv(env: Partial<OverlordEnv>): OverlordConfig {
  const provider = env.OVERLORD_PROVIDER ?? 'offline';
  if (provider === 'anthropic' && !env.ANTHROPIC_API_KEY)
    throw new Error('OVERLORD_PROVIDER=anthropic needs ANTHROPIC_API_KEY.');
  if (provider === 'openai-compatible' && !env.OPENAI_BASE_URL && !env.OPENAI_API_KEY)
    throw new Error('OVERLORD_PROVIDER=openai-compatible needs OPENAI_BASE_URL or OPENAI_API_KEY.');
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
  };
}
