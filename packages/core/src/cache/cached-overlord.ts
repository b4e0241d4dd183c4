// Puts the semantic cache in front of the expensive, repeatable operations: evaluate,
// translate and chat. Screening stays uncached (it is the safety gate; it must see every text).
import {
  ChatInputSchema,
  type EvaluateResult,
  EvaluateResultSchema,
  type Overlord,
  PROMPT_VERSION,
  TranslateInputSchema,
  TranslateResultSchema,
  createOfflineOverlord,
} from '@overlord/overlord';

import type { SemanticCache } from './semantic-cache.ts';

/** Translations must be near-identical to share an answer: a changed word changes the meaning. */
const TRANSLATE_THRESHOLD = 0.99;
const offline = createOfflineOverlord();

/**
 * What the offline rules see in a text (finding codes and verdict). It is part of an
 * evaluation's cache scope, so a near-duplicate that adds an insult, a shout or a fallacy
 * can never reuse a cached approval.
 */
async function ruleSignature(input: Parameters<Overlord['evaluate']>[0]): Promise<string> {
  const r = await offline.evaluate(input);
  return `${r.verdict}|${r.findings
    .map((f) => f.code)
    .sort()
    .join(',')}`;
}

export function withSemanticCache(overlord: Overlord, cache: SemanticCache): Overlord {
  const version = `${overlord.name}|${PROMPT_VERSION}`;
  return {
    ...overlord,
    screen: (input) => overlord.screen(input),
    tag: (input) => overlord.tag(input),
    embed: (texts) => overlord.embed(texts),
    commentary: (input) => overlord.commentary(input),

    async evaluate(input) {
      // Private messages stay out of the cache: a cached feedback quotes the text it judged, so
      // a near-duplicate would show one citizen another's private words.
      if (input.kind === 'message') return overlord.evaluate(input);
      const { text, ...context } = input;
      // The same text in the same context has the same rule signature (the offline rules are
      // deterministic), so an exact repeat is found before paying for the signature.
      const exactKey = {
        operation: 'evaluate-exact',
        scope: JSON.stringify([version, context]),
        text,
      };
      const repeated = await cache.lookupExact<EvaluateResult>(exactKey).catch(() => null);
      if (repeated) {
        cache.metrics('evaluate', 'hit_exact');
        return EvaluateResultSchema.parse(repeated);
      }
      const scope = JSON.stringify([version, context, await ruleSignature(input)]);
      const result = await cache.through<EvaluateResult>(
        { operation: 'evaluate', scope, text },
        () => overlord.evaluate(input),
      );
      await cache.storeExact(exactKey, result);
      return EvaluateResultSchema.parse(result);
    },

    async translate(raw) {
      const input = TranslateInputSchema.parse(raw);
      if (!overlord.translates) return overlord.translate(input);
      const scope = JSON.stringify([version, input.from ?? null, input.to]);
      const result = await cache.through(
        { operation: 'translate', scope, text: input.text, threshold: TRANSLATE_THRESHOLD },
        () => overlord.translate(input),
      );
      return TranslateResultSchema.parse(result);
    },

    async *chat(raw) {
      const input = ChatInputSchema.parse(raw);
      const question = input.messages.at(-1)!.content;
      const scope = JSON.stringify([
        version,
        input.messages.slice(0, -1),
        input.citizen,
        input.context,
      ]);
      const key = { operation: 'chat', scope, text: question };
      const found = await cache.lookup<string>(key).catch(() => null);
      cache.metrics?.('chat', found?.outcome ?? 'miss');
      if (found) {
        // Replayed as a stream, so callers cannot tell a cached answer from a fresh one.
        yield* found.value.match(/\S+\s*/g) ?? [found.value];
        return;
      }
      let answer = '';
      for await (const chunk of overlord.chat(input)) {
        answer += chunk;
        yield chunk;
      }
      // Only a complete answer is cached (an error above leaves nothing behind).
      await cache.store(key, answer).catch(() => null);
    },
  };
}
