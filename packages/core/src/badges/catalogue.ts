// The badges and their criteria (docs/product.md §8). The kinds of badge are configuration: add
// one here and the next award run stores it (`syncBadgeCatalogue`) and applies it to everyone's
// history. Their thresholds (how many statements, the logic score that counts) are a run-time
// setting (settings `badge_thresholds`); the numbers here are its defaults.
import type { ContentStatus, RejectionReason } from '@overlord/db';
import type { BadgeSlug } from '@overlord/validators';

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

/** What a superadmin may change: each badge's count, and Master of Logic's minimum score. */
export interface BadgeThresholds {
  counts: Record<BadgeSlug, number>;
  /** The logic score (0–1) a statement needs to count towards Master of Logic. */
  minLogic: number;
}

interface BadgeKind {
  slug: BadgeSlug;
  name: string;
  polarity: 'positive' | 'negative';
  criteria: (t: BadgeThresholds) => BadgeCriteria;
  /** The description shown on profiles, which names the count in force. */
  describe: (count: string, plural: boolean) => string;
}

const WORDS = [
  'Zero',
  'One',
  'Two',
  'Three',
  'Four',
  'Five',
  'Six',
  'Seven',
  'Eight',
  'Nine',
  'Ten',
  'Eleven',
  'Twelve',
];
const countInWords = (n: number) => WORDS[n] ?? n.toLocaleString('en');

const kinds: readonly BadgeKind[] = [
  {
    slug: 'master-of-logic',
    name: 'Master of Logic',
    polarity: 'positive',
    criteria: (t) => ({
      verdicts: ['approved'],
      minLogic: t.minLogic,
      count: t.counts['master-of-logic'],
    }),
    describe: (n, plural) =>
      `${n} approved ${plural ? 'statements' : 'statement'} the Overlord judged strong on logic.`,
  },
  {
    slug: 'defender-of-evidence',
    name: 'Defender of Evidence',
    polarity: 'positive',
    criteria: (t) => ({
      verdicts: ['approved'],
      evidence: true,
      count: t.counts['defender-of-evidence'],
    }),
    describe: (n, plural) =>
      `${n} approved ${plural ? 'statements that cite their' : 'statement that cites its'} sources.`,
  },
  {
    slug: 'diligent-calibrator',
    name: 'Diligent Calibrator',
    polarity: 'positive',
    criteria: (t) => ({
      verdicts: ['approved'],
      resubmission: true,
      count: t.counts['diligent-calibrator'],
    }),
    describe: (n, plural) =>
      `${n} ${plural ? 'statements' : 'statement'} approved after calibration.`,
  },
  {
    // Calibration returns a statement unpublished, so it counts as a rejection here.
    slug: 'strawman',
    name: 'Strawman',
    polarity: 'negative',
    criteria: (t) => ({
      verdicts: ['rejected', 'calibrate'],
      findingCodes: ['straw_man'],
      count: t.counts.strawman,
    }),
    describe: (n, plural) =>
      `${n} ${plural ? 'statements' : 'statement'} turned back for attacking a position nobody held.`,
  },
  {
    slug: 'ad-hominem',
    name: 'Ad Hominem',
    polarity: 'negative',
    criteria: (t) => ({
      verdicts: ['rejected'],
      findingCodes: ['ad_hominem', 'insult'],
      count: t.counts['ad-hominem'],
    }),
    describe: (n, plural) =>
      `${n} ${plural ? 'statements' : 'statement'} rejected for attacking the person instead of the argument.`,
  },
  {
    slug: 'illogical',
    name: 'Illogical',
    polarity: 'negative',
    criteria: (t) => ({
      verdicts: ['rejected'],
      rejectionReasons: ['poor_logic'],
      count: t.counts.illogical,
    }),
    describe: (n, plural) => `${n} ${plural ? 'statements' : 'statement'} rejected for poor logic.`,
  },
];

/** Each badge whose thresholds a superadmin may change, by name (the settings page). */
export const badgeNames: readonly { slug: BadgeSlug; name: string }[] = kinds.map(
  ({ slug, name }) => ({ slug, name }),
);

/** The thresholds before settings existed: the defaults of the `badge_thresholds` setting. */
export const defaultBadgeThresholds: Readonly<BadgeThresholds> = {
  counts: {
    'master-of-logic': 5,
    'defender-of-evidence': 10,
    'diligent-calibrator': 5,
    strawman: 3,
    'ad-hominem': 3,
    illogical: 3,
  },
  minLogic: 0.8,
};

/** The catalogue with the thresholds in force: criteria and descriptions follow them. */
export function badgeCatalogueWith(thresholds: BadgeThresholds): BadgeDefinition[] {
  return kinds.map((kind) => {
    const criteria = kind.criteria(thresholds);
    return {
      slug: kind.slug,
      name: kind.name,
      description: kind.describe(countInWords(criteria.count), criteria.count !== 1),
      polarity: kind.polarity,
      criteria,
    };
  });
}

/** The catalogue with the default thresholds. */
export const badgeCatalogue: readonly BadgeDefinition[] =
  badgeCatalogueWith(defaultBadgeThresholds);
