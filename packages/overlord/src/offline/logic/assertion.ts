import type { Detection } from '../detection';
import { firstMatch } from '../text';

/**
 * "Period. End of story." closes a debate instead of contributing to it.
 * Only flagged when the text offers no reason at all; a conclusion stated
 * firmly after an argument is fine.
 */
const CLOSERS: RegExp[] = [
  /\bend of (?:story|discussion|debate)\b/i,
  /(?:^|[.!?]\s+)(?:period|full stop|case closed|fact|facts|no debate|not up for debate)\s*[.!]/i,
  /\b(?:this|that|it) is not (?:up for )?debat(?:e|able)\b/i,
];

export function findBareAssertion(
  text: string,
  reasoned: boolean,
  hasEvidence: boolean,
): Detection | null {
  if (reasoned || hasEvidence) return null;
  const span = firstMatch(CLOSERS, text);
  if (!span) return null;
  return {
    dimension: 'logic',
    code: 'bare_assertion',
    quote: span.quote.replace(/^[.!?\s]+/, ''),
    severity: 'soft',
  };
}
