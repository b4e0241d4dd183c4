import { wholeWords } from '../lexicon/words';
import type { ProfanityHit } from '../profanity';
import { findAll } from '../text';
import { findDehumanising } from './dehumanising';
import type { SafetyHit, SafetyRule } from './types';
import { DEHUMANISING, GROUP } from './vocab';

const DEHUMANISING_PATTERNS: RegExp[] = [
  new RegExp(
    `\\b${GROUP}\\s+(?:are|is)\\s+(?:(?:all|just|nothing but|no better than|like|basically|literally|simply)\\s+)*${DEHUMANISING}\\b`,
    'i',
  ),
  /\b(?:subhumans?|untermenschen?|mud ?people)\b/i,
  new RegExp(
    `\\b(?:get rid of|purge|cleanse (?:us|the country|the nation) of)\\s+(?:all\\s+)?(?:the\\s+)?${GROUP}\\b`,
    'i',
  ),
];

/**
 * A slur is "mentioned" rather than used when it sits in quotation marks or
 * follows "the word", "called me" and the like; reporting abuse must not be
 * punished as abuse. Addressing someone with it ("you ...") is always use.
 */
export function isMention(text: string, hit: ProfanityHit): boolean {
  const before = text.slice(Math.max(0, hit.start - 40), hit.start).toLowerCase();
  if (/\b(?:you|ur|u)\s+(?:\w+\s+)?$/.test(before)) return false;
  const quotedBefore = /["'*]\s?$/.test(before);
  const quotedAfter = /^\s?["'*]/.test(text.slice(hit.end, hit.end + 2));
  if (quotedBefore && quotedAfter) return true;
  return /\b(?:the (?:word|term|slur|epithet)|words? like|called (?:me|him|her|them|us)(?: an?)?|calling (?:me|him|her|them|us|people)(?: an?)?|(?:word|slur|term)s? such as|said)\s*["']?$/.test(
    before,
  );
}

/** Slurs obscenity's English dataset does not carry (German, French, Spanish). */
const FOREIGN_SLURS = wholeWords(
  'kanaken?|neger|schwuchteln?|bougnoules?|youpins?|bicots?|pédés?|sudacas?|maric[óo]n(?:es)?|negratas?',
);

/** A slur in quotation marks, or after "called me", is reported rather than used. */
function quoted(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start).toLowerCase();
  return (
    (/["'*«]\s?$/.test(before) && /^\s?["'*»]/.test(text.slice(end, end + 2))) ||
    /\b(?:the (?:word|term|slur)|called (?:me|him|her|them|us)(?: an?)?|mich|m'a traité de|me llamó)\s*["']?$/.test(
      before,
    )
  );
}

export const hateRule: SafetyRule = ({ text, profanity }) => {
  const hits: SafetyHit[] = profanity
    .filter((h) => h.cls === 'slur' && !isMention(text, h))
    .map((h) => ({ category: 'hate', code: 'slur', quote: h.quote }));
  for (const s of findAll(FOREIGN_SLURS, text))
    if (!quoted(text, s.index, s.index + s.quote.length))
      hits.push({ category: 'hate', code: 'slur', quote: s.quote });
  for (const s of findDehumanising(text))
    hits.push({ category: 'hate', code: 'dehumanising', quote: s.quote });
  for (const re of DEHUMANISING_PATTERNS) {
    for (const s of findAll(re, text))
      hits.push({ category: 'hate', code: 'dehumanising', quote: s.quote });
  }
  return hits;
};
