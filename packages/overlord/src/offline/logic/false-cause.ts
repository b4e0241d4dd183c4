import type { Detection } from '../detection';
import { firstMatch } from '../text';

/**
 * Causation claimed from coincidence: "every school that banned phones did better, that's no
 * coincidence", "rents rose the same year the cap came in, so the cap caused it". Timing and
 * correlation are a start; the author still owes a mechanism or a comparison.
 */
const PATTERNS: RegExp[] = [
  /\b(?:that'?s|this is|it'?s|it is|that is|which is|this isn'?t|that isn'?t|it isn'?t)\s+(?:no|not an?|not|a)\s+coincidence\b/i,
  /\bcoincidence\s*\?+\s*(?:i\s+)?(?:don'?t|do not|doubt|hardly|think again|not likely|nope|i think not|yeah right)/i,
  /\b(?:can'?t|cannot|couldn'?t)\s+(?:just\s+|all\s+|possibly\s+)?be\s+(?:a\s+)?coincidence\b|\bno such thing as (?:a )?coincidence\b|\bnot by (?:coincidence|accident)\b/i,
  /\b(?:the same (?:year|month|week|day|time)|right after|soon after|shortly after|straight after|ever since|the (?:next|following) (?:year|month|week|day))\b[^.?!]{0,120}?\b(?:so|therefore|which (?:proves|shows)|proving|clearly|obviously)\b[^.?!]{0,60}?\b(?:caused|causes|is to blame|was to blame|must have caused|did (?:it|that|this))\b/i,
  /\b(?:after|since|when)\b[^.?!]{3,100}?,?\s+(?:so|therefore|which means)\s+(?:\w+\s+){0,4}?(?:obviously|clearly|must have)\s+(?:caused|causes|is to blame|was to blame)\b/i,
];

export function findFalseCause(text: string): Detection | null {
  const span = firstMatch(PATTERNS, text);
  return span
    ? { dimension: 'logic', code: 'false_cause', quote: span.quote, severity: 'soft' }
    : null;
}
