import { firstMatch, type Span } from '../text';

/**
 * Signs that a claim is backed by something checkable. Named, specific
 * sources count; generic "studies show" does not (that is an appeal to
 * authority, see fallacies.ts).
 */
const EVIDENCE: RegExp[] = [
  /\b(?:https?:\/\/|www\.)\S+/i,
  /\baccording to\b/i,
  /\(\s*[A-Z][\p{L}-]+(?:\s+et al\.?|\s+(?:and|&)\s+[A-Z][\p{L}-]+)?,?\s+(?:19|20)\d\d[a-z]?(?:,\s*p+\.\s*\d+)?\s*\)/u,
  /\[\d{1,3}\]/,
  /\bdoi(?::|\.org)/i,
  /\bet al\b/i,
  /\b(?:a|the|one|this|that|his|her|their|an?)\s+(?:(?:19|20)\d\d|recent|large|peer[- ]reviewed|published|landmark|major|new|government|official|independent)?\s*(?:study|report|survey|paper|meta-analysis|review|census|trial|dataset|audit|poll|analysis)\s+(?:by|from|in|published|conducted|of|at|found|shows|showed|concluded|estimated|estimates|reported)\b/i,
  /\bpublished (?:in|by)\b/i,
  /\b(?:data|figures|statistics|numbers|estimates)\s+(?:from|published by|released by|compiled by)\b/i,
  /\bsources?:\s*\S/i,
  /\b(?:the\s+)?(?:[A-Z][\p{L}]+\s+){0,4}(?:University|Institute|Bureau|Office|Agency|Commission|Organi[sz]ation|Ministry|Department|Foundation|Bank|Council|Agency|Survey)\b(?:\s+(?:of|for)(?:\s+[A-Z][\p{L}]+)+)?\s+(?:reports?|reported|found|finds|estimates?|estimated|published|data|says|states|shows|showed|counted|recorded)\b/u,
  // A named publication with its year: "World Energy Outlook 2023", "the 2021 Census report"
  /\b[A-Z][\p{L}]+\s+(?:Outlook|Report|Review|Survey|Index|Yearbook|Census|Bulletin|Monitor|Atlas|Statistics)\s+(?:19|20)\d\d\b/u,
  // A dated precedent anyone can check: "Tallinn made transit free in 2013", "Austria lowered
  // the voting age to 16 in 2007", "certification started in 1926"
  /\b(?:started|began|introduced|launched|passed|adopted|abolished|lowered|raised|banned|legali[sz]ed|made|created|founded|tried|scrapped|ended|cut|capped|froze|built|opened|closed)\b[^.!?]{0,60}?\b(?:in|since)\s+(?:19|20)\d\d\b/,
  // A named source ("the 2019 census", "the Gallup poll"), not a determiner ("This study").
  /\b(?!(?:The|This|That|These|Those|A|An|One|Their|Our|His|Her|Its|My|Your|Every|Any|No)\b)(?:(?:19|20)\d\d|[A-Z]{2,}|[A-Z][a-z]+)\s+(?:study|report|survey|census|poll)\b/,
];

export function findEvidence(text: string): Span | null {
  return firstMatch(EVIDENCE, text);
}
