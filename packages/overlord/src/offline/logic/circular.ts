import type { Detection } from '../detection';
import { contentStems } from '../stem';
import { sentences, words } from '../text';

const BECAUSE = /\b(?:because|since|given that|as proven by the fact that)\b/i;
const PHRASES =
  /\bbecause I said so\b|\b(?:it'?s|it is) (?:true|right|wrong) because (?:it'?s|it is) (?:true|right|wrong)\b/i;

/** A reason that merely restates its claim, e.g. "the law is just because it is the law". */
const RESTATEMENT = 0.8;
const MAX_REASON_STEMS = 5;

function overlap(a: Set<string>, b: Set<string>): number {
  if (b.size === 0) return 0;
  let n = 0;
  for (const x of b) if (a.has(x)) n++;
  return n / b.size;
}

type Pair = { claim: Set<string>; reason: Set<string>; quote: string };

/**
 * Evaluative words that say the same thing in other words: "a good idea because it's a smart
 * idea", "should vote because they ought to have the right", "is necessary because we need it".
 * Words with an opposite count as it when negated: "safe because it doesn't put anyone in
 * danger", "too low because it isn't high enough".
 */
const CONCEPTS: Record<string, string> = {};
const ANTONYM: Record<string, string> = {};
function concept(name: string, list: string, opposite?: string) {
  for (const w of list.split(' ')) CONCEPTS[w] = name;
  if (opposite) ANTONYM[name] = opposite;
}
concept('GOOD', 'good great smart wise sensible beneficial excellent positive brilliant', 'BAD');
concept('BAD', 'bad harmful terrible awful damaging negative stupid dumb', 'GOOD');
concept('NEED', 'need needs needed necessary essential required require requires vital must');
concept('OUGHT', 'should ought right rights entitled deserve deserves');
concept('SAFE', 'safe safety secure harmless', 'DANGER');
concept('DANGER', 'danger dangerous risk risky unsafe harm hazardous threat', 'SAFE');
concept('HIGH', 'high higher enough sufficient adequate', 'LOW');
concept('LOW', 'low lower insufficient inadequate', 'HIGH');
concept('PRODUCTIVE', 'productive productivity efficient done output');
concept('FAIR', 'fair just', 'UNFAIR');
concept('UNFAIR', 'unfair unjust', 'FAIR');
concept('CHEAP', 'cheap affordable inexpensive', 'EXPENSIVE');
concept('EXPENSIVE', 'expensive costly unaffordable', 'CHEAP');
concept('WORKS', 'works work effective working', 'FAILS');
concept('FAILS', 'fails fail ineffective failing', 'WORKS');

const NEGATION =
  /\b(?:not|never|no|isn't|aren't|doesn't|don't|won't|wouldn't|can't|cannot|nobody|nothing)\b/i;

function concepts(text: string): Set<string> {
  const negated = NEGATION.test(text);
  const out = new Set<string>();
  for (const w of words(text)) {
    const c = CONCEPTS[w];
    if (c) {
      out.add(negated && ANTONYM[c] ? ANTONYM[c] : c);
      continue;
    }
    // "licence"/"license" and friends: British and American spellings stem apart.
    for (const s of contentStems(w)) out.add(s.replace(/c$/, 's'));
  }
  return out;
}

const EVALUATIVE = /^[A-Z]+$/;
const SAME_IN_OTHER_WORDS = 0.6;

function restates(claimText: string, reasonText: string): boolean {
  const claim = concepts(claimText);
  const reason = concepts(reasonText);
  if (reason.size === 0 || reason.size > MAX_REASON_STEMS) return false;
  const sharedConcept = [...reason].some((c) => EVALUATIVE.test(c) && claim.has(c));
  return sharedConcept && overlap(claim, reason) >= SAME_IN_OTHER_WORDS;
}

export function findCircular(text: string): Detection | null {
  const phrase = PHRASES.exec(text);
  if (phrase)
    return { dimension: 'logic', code: 'circular_reasoning', quote: phrase[0], severity: 'soft' };
  const pairs: Pair[] = [];
  for (const s of sentences(text)) {
    const m = BECAUSE.exec(s.text);
    if (!m) continue;
    const claim = contentStems(s.text.slice(0, m.index));
    const reason = contentStems(s.text.slice(m.index + m[0].length));
    if (claim.size === 0 || reason.size === 0) continue;
    pairs.push({ claim, reason, quote: s.text });
    const reasonText = s.text.slice(m.index + m[0].length);
    if (
      (reason.size <= MAX_REASON_STEMS && overlap(claim, reason) >= RESTATEMENT) ||
      restates(s.text.slice(0, m.index), reasonText)
    ) {
      return { dimension: 'logic', code: 'circular_reasoning', quote: s.text, severity: 'soft' };
    }
  }
  // "A because B ... B because A" across two sentences.
  for (const [i, a] of pairs.entries()) {
    for (const b of pairs.slice(i + 1)) {
      if (overlap(a.claim, b.reason) >= RESTATEMENT && overlap(b.claim, a.reason) >= RESTATEMENT) {
        return { dimension: 'logic', code: 'circular_reasoning', quote: b.quote, severity: 'soft' };
      }
    }
  }
  return null;
}
