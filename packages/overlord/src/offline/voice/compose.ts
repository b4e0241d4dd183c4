import type { ContentKind } from '../../schemas';
import type { Detection } from '../detection';
import type { Decision } from '../verdict';
import { closing, opening, praise, untranslatedNote } from './feedback';
import { explain } from './findings';

/** Feedback stays readable: the worst few problems; the rest are in `findings`. */
const FEEDBACK_FINDINGS = 3;

export type FeedbackInput = {
  kind: ContentKind;
  decision: Decision;
  /** Safety hits, which lead the feedback of a terms violation. */
  safety: Detection[];
  evidence: string | null;
  reasoning: readonly string[];
  /** Set when the text or its topic was not English and was judged untranslated. */
  untranslated: { language: string; whose: 'statement' | 'topic' } | null;
  seed: string;
};

/** Opening with the verdict, the decisive problems quoted, a language note, a closing. */
export function composeFeedback(input: FeedbackInput): string {
  const { kind, decision, seed } = input;
  const parts = [opening(decision.verdict, decision.rejectionReason, kind, seed)];
  if (decision.verdict === 'approved') {
    parts.push(praise(kind, input.evidence, input.reasoning, seed));
  } else {
    const lead = decision.rejectionReason === 'terms_violation' ? input.safety : decision.decisive;
    parts.push(...lead.slice(0, FEEDBACK_FINDINGS).map((d) => explain(d.code, d.quote)));
  }
  if (input.untranslated) {
    parts.push(untranslatedNote(input.untranslated.language, input.untranslated.whose));
  }
  parts.push(closing(decision.verdict, seed));
  return parts.join(' ');
}
