/**
 * Text helpers shared by every rule. Rules run their regexes on `prepare(text)`
 * and slice quotes from it: because `prepare` never changes the length, match
 * indices stay valid for the author's original text.
 */

const SAME_LENGTH_FOLDS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201B': "'",
  '\u00B4': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00A0': ' ',
  '\u2013': '-',
  '\u2014': '-',
};

export function prepare(text: string): string {
  return text.replace(/[\u2018\u2019\u201B\u00B4`\u201C\u201D\u201E\u00A0\u2013\u2014]/g, (c) => {
    return SAME_LENGTH_FOLDS[c] ?? c;
  });
}

const WORD_RE = /[\p{L}\p{N}]+(?:['][\p{L}]+)*/gu;

/** Lowercased word tokens; apostrophes stay inside words ("don't"). */
export function words(text: string): string[] {
  return (prepare(text).toLowerCase().match(WORD_RE) ?? []).map((w) => w.replace(/'s$/, ''));
}

export type Span = { index: number; quote: string };

const MAX_QUOTE = 160;

/** Quotes are verbatim substrings; long ones are cut at a word boundary. */
export function quoteOf(text: string, start: number, end: number): string {
  const raw = text.slice(start, end).trim();
  if (raw.length <= MAX_QUOTE) return raw;
  const cut = raw.slice(0, MAX_QUOTE);
  const lastSpace = cut.lastIndexOf(' ');
  return lastSpace > 40 ? cut.slice(0, lastSpace) : cut;
}

/** Every match of a global regex, as verbatim quotes. */
/** The global twin of each pattern, compiled once: the judge runs every pattern on every text. */
const globalTwins = new WeakMap<RegExp, RegExp>();

export function findAll(re: RegExp, text: string): Span[] {
  let global = globalTwins.get(re);
  if (!global) {
    global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    globalTwins.set(re, global);
  }
  const spans: Span[] = [];
  for (const m of text.matchAll(global)) {
    if (m[0].length === 0) continue;
    spans.push({ index: m.index, quote: quoteOf(text, m.index, m.index + m[0].length) });
  }
  return spans;
}

/** First match across several patterns, earliest position wins. */
export function firstMatch(patterns: readonly RegExp[], text: string): Span | null {
  let best: Span | null = null;
  for (const re of patterns) {
    const m = re.exec(text);
    if (m && (best === null || m.index < best.index)) {
      best = { index: m.index, quote: quoteOf(text, m.index, m.index + m[0].length) };
    }
  }
  return best;
}

export type Sentence = { text: string; start: number };

/** Sentences split on terminal punctuation and line breaks. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?\n]+[.!?]*/g;
  for (const m of text.matchAll(re)) {
    const trimmed = m[0].trim();
    if (trimmed.length > 0) out.push({ text: trimmed, start: m.index + m[0].indexOf(trimmed) });
  }
  return out;
}

export function clamp01(n: number): number {
  return Math.max(0, Math.min(1, Math.round(n * 100) / 100));
}

/** Share of cased letters that are upper case; null when too few letters to judge. */
export function upperRatio(text: string, minLetters = 12): number | null {
  const letters = text.match(/\p{L}/gu) ?? [];
  const cased = letters.filter((c) => c.toLowerCase() !== c.toUpperCase());
  if (cased.length < minLetters) return null;
  const upper = cased.filter((c) => c === c.toUpperCase()).length;
  return upper / cased.length;
}

export const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/gi;

export function urls(text: string): string[] {
  return text.match(URL_RE) ?? [];
}

/** Regex alternation from a word list, longest first so phrases beat their prefixes. */
export function alternation(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** The sentence that contains `index`, as a verbatim quote. */
export function sentenceAround(text: string, index: number): string {
  const found = sentences(text).find((s) => index >= s.start && index < s.start + s.text.length);
  const s = found ?? sentences(text)[0];
  return s ? quoteOf(text, s.start, s.start + s.text.length) : quoteOf(text, 0, text.length);
}
