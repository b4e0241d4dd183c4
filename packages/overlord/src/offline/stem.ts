import { STOPWORDS } from './stopwords';
import { words } from './text';

/**
 * Stemming-lite: strip common English suffixes, then cut to six letters.
 * Over-merging ("regulate"/"regular") only makes relevance more lenient,
 * which is the safe direction for an automated judge.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/'.*$/, '');
  if (w.length <= 3) return w;
  const rules: [RegExp, string][] = [
    [/ies$/, 'y'],
    [/(ss)es$/, '$1'],
    [/([^sui])s$/, '$1'],
    [/(ational|ation|ition|ment|ness|ing|ist|ity|ive|er|edly|ed|ly|al)$/, ''],
    [/e$/, ''],
  ];
  for (const [re, rep] of rules) {
    const next = w.replace(re, rep);
    if (next !== w && next.length >= 3) w = next;
  }
  w = w.replace(/([bdfgklmnprt])\1$/, '$1');
  return w.slice(0, 6);
}

/** Distinct stems of the non-stopword, non-numeric words in a text. */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    if (w.length < 3 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    out.add(stem(w));
  }
  return out;
}

export function contentWords(text: string): string[] {
  return words(text).filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !/^\d+$/.test(w));
}
