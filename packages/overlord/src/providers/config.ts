import { z } from 'zod';

import { DEFAULT_MODEL_PRICES, ModelPricesSchema } from './prices';

/**
 * Everything the factory needs, already validated by the app's env schema. No `process.env`
 * here: the apps read their environment and pass this in.
 */
export const OverlordConfigSchema = z.object({
  /** offline = the built-in judge; anthropic = Claude (+ OpenAI-compatible for translation and
   * embeddings when configured); openai-compatible = one endpoint for everything. */
  provider: z.enum(['offline', 'anthropic', 'openai-compatible']).default('offline'),
  anthropic: z
    .object({
      apiKey: z.string().min(1),
      baseURL: z.url().optional(),
      /** Evaluation and chat. */
      strongModel: z.string().min(1).default('claude-sonnet-4-5'),
      /** Screening and tagging: cheap and fast. */
      fastModel: z.string().min(1).default('claude-haiku-4-5'),
    })
    .optional(),
  openai: z
    .object({
      apiKey: z.string().min(1).optional(),
      baseURL: z.url().default('https://api.openai.com/v1'),
      /** Used for evaluation/chat when the provider is openai-compatible. */
      model: z.string().min(1).default('gpt-4.1-mini'),
      fastModel: z.string().min(1).optional(),
      translationModel: z.string().min(1).default('gpt-4.1-mini'),
      /** Unset = embed offline even when a key exists. */
      embeddingModel: z.string().min(1).optional(),
    })
    .optional(),
  timeouts: z
    .object({
      screenMs: z.number().int().positive().default(1_200),
      evaluateMs: z.number().int().positive().default(30_000),
      defaultMs: z.number().int().positive().default(15_000),
    })
    .default({ screenMs: 1_200, evaluateMs: 30_000, defaultMs: 15_000 }),
  retries: z
    .object({
      max: z.number().int().min(0).max(10).default(2),
      baseDelayMs: z.number().int().min(0).default(500),
      maxDelayMs: z.number().int().min(0).default(8_000),
    })
    .default({ max: 2, baseDelayMs: 500, maxDelayMs: 8_000 }),
  /** Per-model prices (USD per million tokens), on top of DEFAULT_MODEL_PRICES. */
  prices: ModelPricesSchema.default({}).transform((p) => ({ ...DEFAULT_MODEL_PRICES, ...p })),
});
export type OverlordConfig = z.input<typeof OverlordConfigSchema>;
export type ResolvedOverlordConfig = z.output<typeof OverlordConfigSchema>;

export type Operation = 'screen' | 'evaluate' | 'tag' | 'translate' | 'embed' | 'chat';

/** One provider call, for token, cost and latency accounting (metrics, logs, the eval harness). */
export interface CallRecord extends ProviderCall {
  /** US dollars, from the configured price of the model; 0 when unpriced. */
  costUsd: number;
  /** False when the model has no configured price (its cost is unknown, not zero). */
  priced: boolean;
}

/** A call as the transport layer sees it, before it is priced. */
export interface ProviderCall {
  operation: Operation;
  provider: string;
  model: string;
  ok: boolean;
  /** Why it failed, in our words (never a vendor type). */
  error?: OverlordErrorKind;
  attempts: number;
  latencyMs: number;
  inputTokens: number;
  outputTokens: number;
}

export type OverlordErrorKind = 'timeout' | 'rate_limited' | 'unavailable' | 'malformed' | 'failed';

/** The only error type that leaves a provider; callers branch on `kind`, not on vendor classes. */
export class OverlordError extends Error {
  constructor(
    readonly kind: OverlordErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'OverlordError';
  }
}
