import type { Detection } from '../detection';
import { firstMatch } from '../text';

/**
 * Sweeping or unsupported factual claims stated as certain: "it's a law of economics", "it
 * always has and it always will", "X actually uses more than it produces". Only flagged when
 * the text gives neither evidence nor a reason: certainty is fine once it is earned.
 */
const PATTERNS: RegExp[] = [
  /\b(?:it'?s|that'?s|this is|it is|that is)\s+(?:just\s+|simply\s+|only\s+)?(?:basic|simple|elementary|first[- ]year)\s+(?:economics|physics|maths?|math|biology|science|chemistry)\b/i,
  /\b(?:an?|the)\s+(?:basic\s+|iron\s+|fundamental\s+|universal\s+)?law of (?:economics|physics|nature|the market|supply and demand)\b/i,
  /\b(?:always|never)\s+(?:has|have|had|did|does|do|worked|works)\b[^.!?]{0,40}\b(?:always|never)\s+will\b/i,
  /\b(?:has|have)\s+never\s+(?:once\s+)?worked\s+(?:anywhere|ever|once|in history|in any country)\b/i,
  /\b(?:always|never)\s+(?:fails?|destroys?|works?|succeeds?|backfires?|ruins?|kills?|leads? to|ends? (?:in|up)|causes?|raises?|lowers?|increases?|reduces?|makes? (?:things|it|everything) worse)\b/i,
  /\b(?:uses?|costs?|consumes?|takes?(?:\s+out)?|spends?|burns?|needs?|requires?)\s+(?:\w+\s+){0,3}?more\b[^.!?]{0,50}?\bthan\s+(?:it|they|he|she|we)\s+(?:will\s+)?(?:ever\s+)?(?:produces?|makes?|generates?|saves?|returns?|gives? back|contributes?|puts? in|pays? in|creates?|earns?)\b/i,
  /\b(?:simple as that|plain and simple|no ifs,? no buts|no question about it|undeniabl[ey]|beyond (?:any )?doubt)\b/i,
];

export function findUnsupportedCertainty(
  text: string,
  reasoned: boolean,
  hasEvidence: boolean,
): Detection | null {
  if (reasoned || hasEvidence) return null;
  const span = firstMatch(PATTERNS, text);
  return span
    ? { dimension: 'logic', code: 'unsupported_certainty', quote: span.quote, severity: 'soft' }
    : null;
}
