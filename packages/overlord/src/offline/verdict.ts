import type { RejectionReason, SafetyCategory, Verdict } from '../schemas';
import type { Detection } from './detection';

export type PolicyInput = {
  safety: SafetyCategory | null;
  tone: Detection[];
  logic: Detection[];
  relevance: Detection[];
  effort: Detection[];
};

export type Decision = {
  verdict: Verdict;
  rejectionReason: RejectionReason | null;
  /** The detections that decided the verdict; feedback leads with these. */
  decisive: Detection[];
};

/** "Several" fallacies: two distinct ones already make an argument unsound. */
export const FALLACIES_FOR_REJECTION = 2;

/** A missing source is one problem even when two rules notice it. */
const SOURCING = new Set(['appeal_to_authority', 'unsourced_statistic']);

export function countFallacies(logic: readonly Detection[]): number {
  const sourcing = logic.some((d) => SOURCING.has(d.code)) ? 1 : 0;
  return logic.filter((d) => !SOURCING.has(d.code)).length + sourcing;
}

const hard = (list: Detection[]) => list.filter((d) => d.severity === 'hard');

/**
 * The verdict policy, first match wins:
 * 1. safety failure            -> rejected, terms_violation
 * 2. hard tone (insult)        -> rejected, poor_tone
 * 3. off topic                 -> rejected, off_topic
 * 4. >= 2 distinct fallacies   -> rejected, poor_logic (missing-source findings count once)
 * 5. any soft finding (effort, one fallacy, soft tone, weak relevance) -> calibrate
 * 6. otherwise                 -> approved
 */
export function decide(input: PolicyInput): Decision {
  if (input.safety)
    return { verdict: 'rejected', rejectionReason: 'terms_violation', decisive: [] };
  const hardTone = hard(input.tone);
  if (hardTone.length > 0)
    return { verdict: 'rejected', rejectionReason: 'poor_tone', decisive: hardTone };
  const offTopic = hard(input.relevance);
  if (offTopic.length > 0)
    return { verdict: 'rejected', rejectionReason: 'off_topic', decisive: offTopic };
  if (countFallacies(input.logic) >= FALLACIES_FOR_REJECTION) {
    return { verdict: 'rejected', rejectionReason: 'poor_logic', decisive: input.logic };
  }
  // Everything left is fixable; list all of it so one resubmission can fix all of it.
  const fixable = [...input.effort, ...input.logic, ...input.tone, ...input.relevance];
  if (fixable.length > 0) return { verdict: 'calibrate', rejectionReason: null, decisive: fixable };
  return { verdict: 'approved', rejectionReason: null, decisive: [] };
}
