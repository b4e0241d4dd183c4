import type { Detection } from '../detection';
import { firstMatch } from '../text';

/**
 * Numbers persuade, so a number without a source is the Ministry's favourite
 * kind of fabrication. Only checked when the text offers no evidence at all.
 */
const STATISTIC: RegExp[] = [
  /\b\d{1,3}(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b)(?:\s+of\s+(?:all\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?/iu,
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:out of|in) (?:every )?(?:\d+|ten|five|four|three|a hundred)\s+[\p{L}-]+/iu,
  /\b(?:\d+|two|three|four|five|ten|a hundred|a thousand)\s+times\s+(?:more|less|higher|lower|as (?:likely|many|much))\b/i,
  /\b(?:millions|billions|thousands) of (?:people|citizens|jobs|lives|deaths) (?:are|were|will be|have been)\b/i,
];

export function findUnsourcedStatistic(text: string): Detection | null {
  const span = firstMatch(STATISTIC, text);
  return span
    ? { dimension: 'logic', code: 'unsourced_statistic', quote: span.quote, severity: 'soft' }
    : null;
}
