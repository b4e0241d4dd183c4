// The badges and their criteria (docs/product.md §8). Configuration: change a number or add a badge
// here and the next award run stores it (`syncBadgeCatalogue`) and applies it to everyone's
// history.
import type { ContentStatus, RejectionReason } from '@overlord/db';

/** Which of a citizen's judged statements count towards a badge; all given conditions hold. */
export interface BadgeCriteria {
  verdicts: ContentStatus[];
  /** The Overlord named at least one of these findings (e.g. straw_man). */
  findingCodes?: string[];
  rejectionReasons?: RejectionReason[];
  /** The Overlord's logic score was at least this (0–1). */
  minLogic?: number;
  /** The statement cited evidence (a source, a study, "according to"). */
  evidence?: true;
  /** A revised statement, resubmitted after calibration. */
  resubmission?: true;
  /** How many such statements earn the badge. */
  count: number;
}

export interface BadgeDefinition {
  slug: string;
  name: string;
  description: string;
  polarity: 'positive' | 'negative';
  criteria: BadgeCriteria;
}

export const badgeCatalogue: readonly BadgeDefinition[] = [
  {
    slug: 'master-of-logic',
    name: 'Master of Logic',
    description: 'Five approved statements the Overlord judged strong on logic.',
    polarity: 'positive',
    criteria: { verdicts: ['approved'], minLogic: 0.8, count: 5 },
  },
  {
    slug: 'defender-of-evidence',
    name: 'Defender of Evidence',
    description: 'Ten approved statements that cite their sources.',
    polarity: 'positive',
    criteria: { verdicts: ['approved'], evidence: true, count: 10 },
  },
  {
    slug: 'diligent-calibrator',
    name: 'Diligent Calibrator',
    description: 'Five statements approved after calibration.',
    polarity: 'positive',
    criteria: { verdicts: ['approved'], resubmission: true, count: 5 },
  },
  {
    // Calibration returns a statement unpublished, so it counts as a rejection here.
    slug: 'strawman',
    name: 'Strawman',
    description: 'Three statements turned back for attacking a position nobody held.',
    polarity: 'negative',
    criteria: { verdicts: ['rejected', 'calibrate'], findingCodes: ['straw_man'], count: 3 },
  },
  {
    slug: 'ad-hominem',
    name: 'Ad Hominem',
    description: 'Three statements rejected for attacking the person instead of the argument.',
    polarity: 'negative',
    criteria: { verdicts: ['rejected'], findingCodes: ['ad_hominem', 'insult'], count: 3 },
  },
  {
    slug: 'illogical',
    name: 'Illogical',
    description: 'Three statements rejected for poor logic.',
    polarity: 'negative',
    criteria: { verdicts: ['rejected'], rejectionReasons: ['poor_logic'], count: 3 },
  },
];
