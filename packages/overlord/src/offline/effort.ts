import type { ContentKind } from '../schemas';
import type { Detection } from './detection';
import { contentWords } from './stem';
import { quoteOf, words } from './text';

/**
 * Effort rules only ever calibrate: a short statement is not a crime, merely
 * an insufficiently elaborated one. Private messages are conversation, so the
 * bar is lower there.
 */
const MIN_WORDS: Record<ContentKind, number> = { topic: 6, post: 6, message: 3 };

/** Whole-statement fluff: these say nothing however they are punctuated. */
const FLUFF = new Set([
  'lol',
  'lmao',
  'this',
  'this this',
  'same',
  'agreed',
  'agree',
  'i agree',
  'first',
  'bump',
  'nice',
  'ok',
  'okay',
  'k',
  'yes',
  'no',
  'true',
  'false',
  'based',
  'cringe',
  'ratio',
  'thanks',
  'thank you',
  'wow',
  'cool',
  'good point',
  'great post',
  'well said',
  'exactly',
  'facts',
  'yep',
  'nope',
  'hmm',
  'meh',
  'w',
  'l',
  '1',
]);

const VOWEL = /[aeiouyäöüàáâéèêíìîóòôúùû]/i;

export type EffortInput = { kind: ContentKind; text: string; title: string };

export function analyseEffort({ kind, text, title }: EffortInput): Detection[] {
  const quote = quoteOf(text, 0, text.length) || null;
  const detect = (code: string): Detection[] => [
    { dimension: 'effort', code, quote, severity: 'soft' },
  ];

  const bare = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+^\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (FLUFF.has(bare) || /^(?:\+\d*|\^+)$/.test(bare)) return detect('fluff');

  const tokens = words(text);
  const ascii = tokens.filter((t) => t.length >= 3 && /^[a-z]+$/.test(t));
  if (ascii.length >= 3 && ascii.filter((t) => !VOWEL.test(t)).length / ascii.length >= 0.4) {
    return detect('unintelligible');
  }

  // A topic is judged on its description: the title alone is a slogan, not a debate.
  if (tokens.length < MIN_WORDS[kind])
    return detect(kind === 'topic' && title ? 'thin_description' : 'too_short');

  if (kind !== 'message' && contentWords(text).length < 2) return detect('no_substance');
  return [];
}
