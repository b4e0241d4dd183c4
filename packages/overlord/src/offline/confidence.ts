import type { Decision } from './verdict';

export type ConfidenceContext = {
  /** False when the text (or its topic) was not English: the rules read English only. */
  english: boolean;
  words: number;
  evidence: boolean;
  reasoned: boolean;
};

/**
 * How sure the rule engine is. Literal rule hits (threats, insults) are near
 * certain; inferred judgements (relevance, fallacy phrasing) much less so,
 * which tells the worker when a human or an LLM second opinion is worth it.
 */
export function confidenceOf(decision: Decision, ctx: ConfidenceContext): number {
  let c: number;
  switch (decision.rejectionReason) {
    case 'terms_violation':
      c = 0.95;
      break;
    case 'poor_tone':
      c = 0.9;
      break;
    case 'off_topic':
      c = ctx.words >= 40 ? 0.8 : 0.7;
      break;
    case 'poor_logic':
      c = Math.min(0.85, 0.65 + 0.05 * decision.decisive.length);
      break;
    default:
      c =
        decision.verdict === 'calibrate'
          ? 0.65
          : 0.6 + (ctx.evidence ? 0.15 : 0) + (ctx.reasoned ? 0.1 : 0);
  }
  return ctx.english ? c : Math.max(0.3, Math.round(c * 60) / 100);
}
