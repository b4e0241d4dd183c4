import { words } from '../text';
import type { SafetyHit, SafetyRule } from './types';

/**
 * A civic debate may say "sex education" or cite rape statistics, so the
 * clinical vocabulary fails only in a dense cluster; graphic vocabulary fails
 * on sight.
 */
const MIN_DISTINCT_SEXUAL = 3;
const MAX_WORDS_PER_SEXUAL_TERM = 15;

const PHRASES = [
  /\b(?:hardcore|xxx)\s+(?:porn|videos?|pics|action)\b/i,
  /\b(?:naked|nude)\s+(?:pics|photos|pictures|videos)\s+of\b/i,
  /\bmy (?:dick|cock|pussy|tits) (?:is|are|was|gets)\b/i,
];

export const explicitRule: SafetyRule = ({ text, profanity }) => {
  const hits: SafetyHit[] = profanity
    .filter((h) => h.cls === 'graphic')
    .map((h) => ({ category: 'explicit', code: 'graphic_sexual', quote: h.quote }));
  const sexual = profanity.filter((h) => h.cls === 'sexual');
  const distinct = new Set(sexual.map((h) => h.word));
  if (
    distinct.size >= MIN_DISTINCT_SEXUAL &&
    sexual.length * MAX_WORDS_PER_SEXUAL_TERM >= words(text).length
  ) {
    for (const h of sexual.slice(0, 3))
      hits.push({ category: 'explicit', code: 'sexual_content', quote: h.quote });
  }
  for (const re of PHRASES) {
    const m = re.exec(text);
    if (m) hits.push({ category: 'explicit', code: 'sexual_content', quote: m[0] });
  }
  return hits;
};
