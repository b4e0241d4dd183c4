import type { Detection } from '../detection';
import { contentStems } from '../stem';
import { sentences } from '../text';

const CONTRACTIONS: [RegExp, string][] = [
  [/\b(is|are|was|were|does|do|did|should|could|would|has|have)n't\b/gi, '$1 not'],
  [/\bcan't\b/gi, 'can not'],
  [/\bcannot\b/gi, 'can not'],
  [/\bwon't\b/gi, 'will not'],
];

const COPULA =
  /^(?:but\s+|and\s+|also\s+|so\s+)?(.+?)\s+(is|are|was|were|will|would|can|could|should|does|do|has|have)\s+(not\s+|never\s+)?(.+?)[.!?]*$/i;

/** Qualified sentences are not contradictions of each other ("X is safe if ..."). */
const HEDGE =
  /\b(?:if|unless|when|although|though|but|whether|some|sometimes|not all|only|may|might|used to|was once|in the past)\b/i;

type Claim = { subject: string; predicate: string; negated: boolean; quote: string };

function claimOf(sentence: string): Claim | null {
  let s = sentence;
  for (const [re, rep] of CONTRACTIONS) s = s.replace(re, rep);
  if (HEDGE.test(s)) return null;
  const m = COPULA.exec(s);
  if (!m) return null;
  const subject = [...contentStems(m[1] ?? '')].sort().join(' ');
  const predicate = [...contentStems(m[4] ?? '')].sort().join(' ');
  if (!subject || !predicate) return null;
  return { subject, predicate, negated: Boolean(m[3]), quote: sentence };
}

/** The same subject and predicate asserted and denied in one text. */
export function findContradiction(text: string): Detection | null {
  const claims = sentences(text)
    .map((s) => claimOf(s.text))
    .filter((c): c is Claim => c !== null);
  for (const [i, a] of claims.entries()) {
    for (const b of claims.slice(i + 1)) {
      if (a.subject === b.subject && a.predicate === b.predicate && a.negated !== b.negated) {
        return { dimension: 'logic', code: 'self_contradiction', quote: b.quote, severity: 'soft' };
      }
    }
  }
  return null;
}
