import { findAll, type Span } from '../text';

/**
 * "Either ... or ..." is only a false dichotomy when the author also insists
 * the two are the only options. Both halves are matched separately (and with
 * bounded gaps) so long texts cannot trigger catastrophic regex backtracking.
 */
const EITHER_OR = /\beither\b[^.?!]{1,150}?\bor\b[^.?!]{0,150}/gi;
const EXCLUSIVE =
  /\b(?:only two (?:options|choices|ways|possibilities|paths|alternatives|sides)|no (?:other|third|middle) (?:option|choice|way|alternative|ground|path)|there is no alternative|nothing in between)\b/gi;
/** How far apart (in characters) the two halves may be. */
const MAX_DISTANCE = 300;

export function findEitherOrDichotomy(text: string): Span | null {
  const exclusive = findAll(EXCLUSIVE, text);
  if (exclusive.length === 0) return null;
  for (const pair of findAll(EITHER_OR, text)) {
    if (exclusive.some((x) => Math.abs(x.index - pair.index) <= MAX_DISTANCE)) return pair;
  }
  return null;
}
