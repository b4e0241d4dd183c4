import type { Detection } from './detection';
import { firstMatch } from './text';

/**
 * Sarcastic dismissal in place of an argument: "Oh please. Anyone who thinks ... has clearly
 * never ...", "Yeah right", "what could possibly go wrong", a lone "Genius.". Sarcasm that still
 * carries evidence is judged by its evidence (rules: sarcasm is judged by what it does), so this
 * only applies to texts that cite none.
 */
const PATTERNS: RegExp[] = [
  /(?:^|[.!?]\s+)(?:oh|ah|yeah|wow)?,?\s*(?:please|sure|right|yeah right|of course|great|brilliant|genius|totally)\s*[,.!]/i,
  /(?:^|[.!?]\s+)(?:oh|ah)\s+(?:please|sure|yes|great|wow|right)\b/i,
  /(?:^|[.!?]\s+)sure,?\s+(?:let'?s|why not|because)\b/i,
  /\bwhat could (?:possibly )?go wrong\b/i,
  /(?:^|[.!?]\s+)(?:brilliant|genius|great|fantastic|wonderful|amazing|smart|solid)\s*(?:plan|idea|move|logic|thinking|stuff|work)?\s*[.!]+\s*$/i,
  /\bwhat an? (?:groundbreaking|brilliant|genius|novel|original|revolutionary|clever) (?:idea|plan|thought|suggestion|take)\b/i,
  /\b(?:anyone|anybody|people|those|whoever)\s+(?:who|that)?\s*(?:\w+\s+){1,8}?(?:has|have)\s+(?:clearly|obviously|evidently|probably)?\s*never\s+(?:run|seen|worked|been|read|met|ridden|paid|left|had|lived|owned|opened|set foot)\b/i,
];

export function findSarcasticDismissal(text: string, hasEvidence: boolean): Detection | null {
  if (hasEvidence) return null;
  const span = firstMatch(PATTERNS, text);
  return span
    ? {
        dimension: 'tone',
        code: 'sarcastic_dismissal',
        quote: span.quote.replace(/^[.!?\s]+/, ''),
        severity: 'soft',
      }
    : null;
}
