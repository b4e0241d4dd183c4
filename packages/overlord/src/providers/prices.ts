import { z } from 'zod';

/** US dollars per million tokens, as the vendors publish them. */
export const ModelPriceSchema = z.object({
  input: z.number().min(0),
  output: z.number().min(0),
});
export type ModelPrice = z.infer<typeof ModelPriceSchema>;
export const ModelPricesSchema = z.record(z.string().min(1), ModelPriceSchema);
export type ModelPrices = z.infer<typeof ModelPricesSchema>;

/**
 * List prices of the models we configure by default (per million tokens, USD). Operators
 * override or add models with OVERLORD_MODEL_PRICES; a model with no price is counted as
 * unpriced (cost 0 and the overlord_provider_unpriced_calls_total metric), never guessed.
 */
export const DEFAULT_MODEL_PRICES: ModelPrices = {
  'claude-sonnet-4-5': { input: 3, output: 15 },
  'claude-haiku-4-5': { input: 1, output: 5 },
  'claude-opus-4-1': { input: 15, output: 75 },
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4 },
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'text-embedding-3-small': { input: 0.02, output: 0 },
  'text-embedding-3-large': { input: 0.13, output: 0 },
};

/** What one call cost; `priced: false` when the model has no configured price. */
export function costOf(
  prices: ModelPrices,
  call: { model: string; inputTokens: number; outputTokens: number },
): { costUsd: number; priced: boolean } {
  const price = prices[call.model];
  if (!price) return { costUsd: 0, priced: false };
  return {
    costUsd: (call.inputTokens * price.input + call.outputTokens * price.output) / 1_000_000,
    priced: true,
  };
}
