import type { Detection } from '../detection';
import { clamp01, words } from '../text';
import { findBareAssertion } from './assertion';
import { findUnsupportedCertainty } from './certainty';
import { findCircular } from './circular';
import { findContradiction } from './contradiction';
import { findEvidence } from './evidence';
import { findFallacies } from './fallacies';
import { findFalseCause } from './false-cause';
import { findReasoning } from './reasoning';
import { findUnsourcedStatistic } from './statistics';

export type LogicReport = {
  detections: Detection[];
  score: number;
  evidence: string | null;
  reasoning: string[];
};

const BASE = 0.55;
const PER_FALLACY = 0.25;

export function analyseLogic(text: string): LogicReport {
  const evidence = findEvidence(text);
  const reasoning = findReasoning(text).kinds;
  const detections: Detection[] = findFallacies(text, evidence !== null);
  const circular = findCircular(text);
  if (circular) detections.push(circular);
  const contradiction = findContradiction(text);
  if (contradiction) detections.push(contradiction);
  const reasoned = reasoning.includes('cause') || reasoning.includes('consequence');
  const bare = findBareAssertion(text, reasoned, evidence !== null);
  if (bare) detections.push(bare);
  const falseCause = evidence ? null : findFalseCause(text);
  if (falseCause) detections.push(falseCause);
  // A bare "End of story." already says the claim is certain and unsupported: one finding.
  const certain = bare ? null : findUnsupportedCertainty(text, reasoned, evidence !== null);
  if (certain) detections.push(certain);
  if (!evidence) {
    const stat = findUnsourcedStatistic(text);
    if (stat) detections.push(stat);
  }

  // Argument structure earns credit only when there is enough text to hold one.
  let score = BASE;
  if (words(text).length >= 6) {
    if (reasoned) score += 0.15;
    if (reasoning.length >= 2) score += 0.05;
    if (reasoning.includes('example')) score += 0.05;
    if (evidence) score += 0.2;
  }
  score -= PER_FALLACY * detections.length;
  return { detections, score: clamp01(score), evidence: evidence?.quote ?? null, reasoning };
}
