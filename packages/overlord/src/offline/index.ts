import { embedManyOffline, OFFLINE_EMBEDDING_MODEL } from '../embedding/offline';
import type { Overlord } from '../overlord';
import {
  ChatInputSchema,
  CommentaryInputSchema,
  InterpretInputSchema,
  TagInputSchema,
  TranslateInputSchema,
} from '../schemas';
import { chatOffline } from './chat';
import { evaluateOffline, OFFLINE_JUDGE } from './evaluate';
import { parseIntent } from './intents';
import { detectLanguage } from './language';
import { screenOffline } from './screen';
import { suggestTags } from './tags';
import { queueCommentary } from './voice/commentary';

/**
 * The built-in judge: deterministic rules, no network, no keys. It is the
 * default provider and the reference behaviour the LLM providers are tested
 * against.
 */
export function createOfflineOverlord(): Overlord {
  return {
    name: OFFLINE_JUDGE,
    translates: false,
    embeddingModel: OFFLINE_EMBEDDING_MODEL,
    screen: async (input) => screenOffline(input),
    evaluate: async (input) => evaluateOffline(input),
    tag: async (raw) => {
      const input = TagInputSchema.parse(raw);
      return { tags: suggestTags(input.title, input.text, input.knownTags) };
    },
    // docs/product.md §13 offline: the language is detected and the text kept, marked untranslated.
    translate: async (raw) => {
      const input = TranslateInputSchema.parse(raw);
      const from = input.from ?? detectLanguage(input.text);
      return { text: input.text, from, to: input.to, translated: false, provider: OFFLINE_JUDGE };
    },
    embed: async (texts) => embedManyOffline(texts),
    chat: async function* (raw) {
      yield* chatOffline(ChatInputSchema.parse(raw));
    },
    // docs/product.md §23: plain requests parsed by rules; stance needs a model.
    interpret: async (raw) => parseIntent(InterpretInputSchema.parse(raw).question),
    classifyStances: async () => null,
    commentary: (input) => {
      const { position, total, kind } = CommentaryInputSchema.parse(input);
      return queueCommentary(position, total, kind);
    },
  };
}
