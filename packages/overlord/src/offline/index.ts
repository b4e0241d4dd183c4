import type { Overlord } from '../overlord';
import { CommentaryInputSchema } from '../schemas';
import { evaluateOffline, OFFLINE_JUDGE } from './evaluate';
import { screenOffline } from './screen';
import { queueCommentary } from './voice/commentary';

/**
 * The built-in judge: deterministic rules, no network, no keys. It is the
 * default provider and the reference behaviour the LLM providers are tested
 * against.
 */
export function createOfflineOverlord(): Overlord {
  return {
    name: OFFLINE_JUDGE,
    screen: async (input) => screenOffline(input),
    evaluate: async (input) => evaluateOffline(input),
    commentary: (input) => {
      const { position, total, kind } = CommentaryInputSchema.parse(input);
      return queueCommentary(position, total, kind);
    },
  };
}
