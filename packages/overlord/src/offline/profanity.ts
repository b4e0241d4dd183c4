import {
  RegExpMatcher,
  englishDataset,
  englishRecommendedTransformers,
  type EnglishProfaneWord,
} from 'obscenity';
import { quoteOf } from './text';

/**
 * obscenity's English dataset mixes slurs, sexual vocabulary and everyday
 * swearing. Each class has a different consequence, so every entry is mapped:
 * - slur: hate; fails the safety screen unless it is visibly only mentioned.
 * - graphic: sexual acts with no place in a civic debate; fails as explicit.
 * - sexual: words a policy debate may need (sex education, rape statistics);
 *   only a dense cluster counts as explicit.
 * - profanity: a tone problem; rejected when aimed at a person, else calibrated.
 * - ableist: treated like profanity (an insult when aimed at a person).
 */
export type ProfanityClass = 'slur' | 'graphic' | 'sexual' | 'profanity' | 'ableist';

const CLASS_OF: Record<EnglishProfaneWord, ProfanityClass> = {
  abeed: 'slur',
  abo: 'slur',
  africoon: 'slur',
  arabush: 'slur',
  boonga: 'slur',
  chingchong: 'slur',
  chink: 'slur',
  dyke: 'slur',
  fag: 'slur',
  kike: 'slur',
  negro: 'slur',
  nigger: 'slur',
  tranny: 'slur',
  retard: 'ableist',
  spastic: 'ableist',
  blowjob: 'graphic',
  buttplug: 'graphic',
  cum: 'graphic',
  deepthroat: 'graphic',
  dildo: 'graphic',
  doggystyle: 'graphic',
  'double penetration': 'graphic',
  felch: 'graphic',
  fellatio: 'graphic',
  'finger bang': 'graphic',
  fisting: 'graphic',
  gangbang: 'graphic',
  handjob: 'graphic',
  hentai: 'graphic',
  jizz: 'graphic',
  lubejob: 'graphic',
  anal: 'sexual',
  anus: 'sexual',
  bestiality: 'sexual',
  boob: 'sexual',
  ejaculate: 'sexual',
  hooker: 'sexual',
  incest: 'sexual',
  masturbate: 'sexual',
  orgasm: 'sexual',
  orgy: 'sexual',
  penis: 'sexual',
  porn: 'sexual',
  rape: 'sexual',
  scat: 'sexual',
  semen: 'sexual',
  sex: 'sexual',
  vagina: 'sexual',
  arse: 'profanity',
  ass: 'profanity',
  bastard: 'profanity',
  bitch: 'profanity',
  bollocks: 'profanity',
  cock: 'profanity',
  cuck: 'profanity',
  cunt: 'profanity',
  dick: 'profanity',
  fuck: 'profanity',
  'jerk off': 'graphic',
  piss: 'profanity',
  prick: 'profanity',
  pussy: 'profanity',
  shit: 'profanity',
  slut: 'profanity',
  tit: 'profanity',
  turd: 'profanity',
  twat: 'profanity',
  wank: 'profanity',
  whore: 'profanity',
};

/** Whole words the dataset's patterns catch by accident. */
const INNOCENT_WORDS = new Set([
  'cockpit',
  'cockpits',
  'cockatoo',
  'cockerel',
  'peacock',
  'hancock',
  'retardant',
  'retardants',
  'penistone',
  'pussycat',
  'pussycats',
  'dickens',
  'dickensian',
  'dickinson',
  'scunthorpe',
]);

/** Phrases in which a listed word is innocent; tested on a window around the match. */
const INNOCENT_PHRASES = [
  /\bcum laude\b/,
  /\bchinks? in (?:the|its|his|her|their|our|your|my) armou?r\b/,
  /\btit for tat\b/,
  /\bbooby[- ]traps?/,
  /\bnegro (?:leagues?|spirituals?|college fund)\b/,
  /\bdykes? (?:and|or) (?:levees?|dams?|canals?|embankments?)|\b(?:levees?|dams?|canals?|embankments?) (?:and|or) dykes?\b/,
  /\bflame[- ]retard/,
];

const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

export type ProfanityHit = {
  word: EnglishProfaneWord;
  cls: ProfanityClass;
  start: number;
  end: number;
  /** The whole word that contains the match, verbatim ("motherfucker"). */
  quote: string;
};

function enclosingWord(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s > 0 && /[\p{L}\p{N}*$@!]/u.test(text[s - 1] ?? '')) s--;
  while (e < text.length && /[\p{L}\p{N}*$@!]/u.test(text[e] ?? '')) e++;
  return [s, e];
}

function innocent(text: string, s: number, e: number): boolean {
  if (INNOCENT_WORDS.has(text.slice(s, e).toLowerCase())) return true;
  const window = text.slice(Math.max(0, s - 25), e + 30).toLowerCase();
  return INNOCENT_PHRASES.some((re) => re.test(window));
}

export function profanityHits(text: string): ProfanityHit[] {
  const hits: ProfanityHit[] = [];
  const seen = new Set<number>();
  for (const match of matcher.getAllMatches(text, true)) {
    if (seen.has(match.startIndex)) continue;
    seen.add(match.startIndex);
    const word = englishDataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord;
    if (!word) continue;
    const [s, e] = enclosingWord(text, match.startIndex, match.endIndex + 1);
    if (innocent(text, s, e)) continue;
    hits.push({ word, cls: CLASS_OF[word], start: s, end: e, quote: quoteOf(text, s, e) });
  }
  return hits;
}
