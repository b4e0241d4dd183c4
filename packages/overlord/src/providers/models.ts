import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { EmbeddingModel, LanguageModel } from 'ai';

import type { ResolvedOverlordConfig } from './config';
import { OverlordError } from './config';

export interface Route {
  provider: string;
  model: LanguageModel;
  modelId: string;
}

export interface Routes {
  strong: Route;
  fast: Route;
  translation: Route;
  embedding: { provider: string; model: EmbeddingModel; modelId: string } | null;
}

/**
 * Which model serves which operation (docs/architecture.md §7: Claude judges, OpenAI-compatible
 * embeds).
 */
export function buildRoutes(config: ResolvedOverlordConfig): Routes {
  // The SDK's own retries are off: callProvider owns retries so the backoff is ours and tested.
  const openai = config.openai?.apiKey
    ? createOpenAICompatible({
        name: 'openai',
        baseURL: config.openai.baseURL,
        apiKey: config.openai.apiKey,
        supportsStructuredOutputs: true,
        includeUsage: true,
      })
    : config.provider === 'openai-compatible' && config.openai
      ? // Self-hosted servers often need no key.
        createOpenAICompatible({
          name: 'openai',
          baseURL: config.openai.baseURL,
          supportsStructuredOutputs: true,
          includeUsage: true,
        })
      : null;
  const oa = (id: string): Route => ({
    provider: 'openai',
    model: openai!.chatModel(id),
    modelId: id,
  });
  const embedding =
    openai && config.openai?.embeddingModel
      ? {
          provider: 'openai',
          model: openai.embeddingModel(config.openai.embeddingModel),
          modelId: config.openai.embeddingModel,
        }
      : null;

  if (config.provider === 'anthropic') {
    if (!config.anthropic) throw new OverlordError('failed', 'ANTHROPIC_API_KEY is required');
    const anthropic = createAnthropic({
      apiKey: config.anthropic.apiKey,
      ...(config.anthropic.baseURL ? { baseURL: config.anthropic.baseURL } : {}),
    });
    const an = (id: string): Route => ({
      provider: 'anthropic',
      model: anthropic(id),
      modelId: id,
    });
    const fast = an(config.anthropic.fastModel);
    return {
      strong: an(config.anthropic.strongModel),
      fast,
      translation: openai ? oa(config.openai!.translationModel) : fast,
      embedding,
    };
  }
  if (config.provider === 'openai-compatible') {
    if (!openai || !config.openai) throw new OverlordError('failed', 'OPENAI_BASE_URL is required');
    return {
      strong: oa(config.openai.model),
      fast: oa(config.openai.fastModel ?? config.openai.model),
      translation: oa(config.openai.translationModel),
      embedding,
    };
  }
  throw new OverlordError('failed', `no provider routes for ${config.provider}`);
}
