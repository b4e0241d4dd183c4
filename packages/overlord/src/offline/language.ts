import { francAll } from 'franc-min';
import { STOPWORDS } from './stopwords';
import { URL_RE, words } from './text';

/**
 * franc-min alone labels short English sentences as Swedish, Scots or Zhuang,
 * which would wrongly switch off relevance checks. English function words are
 * a stronger signal, so they are consulted first.
 */
const CLEARLY_ENGLISH = 0.3;
const MAYBE_ENGLISH = 0.15;
/** francAll scores are relative to the best guess (1); English this close is a tie. */
const ENGLISH_RUNNER_UP = 0.85;
const ASCII_RUNNER_UP = 0.9;

const NAMES: Record<string, string> = {
  eng: 'English',
  spa: 'Spanish',
  fra: 'French',
  deu: 'German',
  ita: 'Italian',
  por: 'Portuguese',
  nld: 'Dutch',
  swe: 'Swedish',
  pol: 'Polish',
  rus: 'Russian',
  ukr: 'Ukrainian',
  tur: 'Turkish',
  arb: 'Arabic',
  cmn: 'Mandarin Chinese',
  jpn: 'Japanese',
  kor: 'Korean',
  hin: 'Hindi',
  ron: 'Romanian',
  ces: 'Czech',
  hun: 'Hungarian',
  ell: 'Greek',
  ind: 'Indonesian',
  vie: 'Vietnamese',
  fin: 'Finnish',
  dan: 'Danish',
  nob: 'Norwegian',
};

export function languageName(code: string): string {
  return NAMES[code] ?? `a language the Ministry files under "${code}"`;
}

/**
 * Recent answers by exact text. One verdict asks about the same statement twice (translation,
 * then the judge) and about its topic's text once, and every post in a topic repeats that; franc
 * is the judge's most expensive step. Map order is insertion order, so the first key is the
 * oldest.
 */
const recent = new Map<string, string>();
const RECENT_LIMIT = 512;

export function detectLanguage(raw: string): string {
  const known = recent.get(raw);
  if (known !== undefined) return known;
  const language = detect(raw);
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
  recent.set(raw, language);
  return language;
}

function detect(raw: string): string {
  // Links and numbers are language-neutral noise for both heuristics.
  const text = raw.replace(URL_RE, ' ').replace(/\d+/g, ' ');
  const tokens = words(text);
  if (tokens.length === 0) return 'und';
  const share = tokens.filter((w) => STOPWORDS.has(w)).length / tokens.length;
  if (tokens.length >= 2 && share >= CLEARLY_ENGLISH) return 'eng';
  const latin = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]*$/u.test(text);
  // Ideographic scripts pack a sentence into a dozen characters.
  const ranked = francAll(text, { minLength: latin ? 20 : 5 });
  const guess = ranked[0]?.[0] ?? 'und';
  const english = ranked.find(([code]) => code === 'eng')?.[1] ?? 0;
  // Telegraphic English ("Rent control reduces supply") has few function words;
  // plain ASCII with English a close runner-up is still English.
  const ascii = !/[^\p{ASCII}]/u.test(text);
  if (
    english >= ENGLISH_RUNNER_UP &&
    (share >= MAYBE_ENGLISH || (ascii && english >= ASCII_RUNNER_UP))
  ) {
    return 'eng';
  }
  // Two words of Latin script are not enough for franc; assume the forum's language.
  if (guess === 'und' && latin) {
    return tokens.length <= 4 ? 'eng' : 'und';
  }
  return guess;
}
