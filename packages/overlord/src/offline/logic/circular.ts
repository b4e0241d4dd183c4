import type { Detection } from '../detection';
import { contentStems } from '../stem';
import { sentences } from '../text';

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
    if (reason.size <= MAX_REASON_STEMS && overlap(claim, reason) >= RESTATEMENT) {
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
