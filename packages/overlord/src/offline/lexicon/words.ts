/**
 * Word-boundary helpers for rules written in several languages. JavaScript's `\b` only knows
 * ASCII letters, so "imbécil" or "Ausländer" would split at the accent; these build patterns
 * whose boundaries are any Unicode letter or digit.
 */
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/** A case-insensitive Unicode pattern whose alternatives must stand as whole words. */
export function wholeWords(source: string): RegExp {
  return new RegExp(`${EDGE_BEFORE}(?:${source})${EDGE_AFTER}`, 'iu');
}

/** Alternation of a word list; longest first so phrases beat their prefixes. */
export function anyOf(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
