// The settings a superadmin may change at run time (docs/product.md §18). Each has a default (the
// constant, or the deployment's env value, that applied before settings existed) and is stored
// in platform_settings only once changed. Values are checked again here, so a row written by
// other means cannot put a nonsense limit in force.
import {
  badgeThresholdsSchema,
  loyaltyWeightsSchema,
  modelSpendCapSchema,
  topSharePercentSchema,
} from '@overlord/validators';
import { z } from 'zod';

import { APPEAL_INTERVAL_SECONDS } from '../appeals/file.ts';
import { type BadgeThresholds, defaultBadgeThresholds } from '../badges/catalogue.ts';
import { DEFAULT_TOP_SHARE_PERCENT } from '../leaderboard/top-share.ts';
import { type SubmissionLimit, type SubmissionLimits } from '../limits/submission-limits.ts';
import { type LoyaltyWeights, loyaltyWeights as defaultLoyaltyWeights } from '../loyalty.ts';

export interface PlatformSettings {
  /** null: no limit for that kind. */
  submissionLimits: SubmissionLimits;
  appealCooldownSeconds: number;
  /** What each kind of moderation event moves a score by (docs/product.md §8). */
  loyaltyWeights: LoyaltyWeights;
  /** How many qualifying statements earn each badge; Master of Logic's minimum score. */
  badgeThresholds: BadgeThresholds;
  /** The share of citizens, by rank, who may propose topics, in whole percent (1–100). */
  topSharePercent: number;
  /** Most the model calls may cost per UTC day, in US dollars; null: no cap. */
  modelSpendCapUsdPerDay: number | null;
}

export const SETTING_KEYS = [
  'submission_limit.post',
  'submission_limit.topic',
  'submission_limit.message',
  'appeal_cooldown_seconds',
  'loyalty_weights',
  'badge_thresholds',
  'top_share_percent',
  'model_spend_cap_usd_per_day',
] as const;
export type PlatformSettingKey = (typeof SETTING_KEYS)[number];

/** The same bounds as the settings form's schema (@overlord/validators, admin.ts). */
const storedLimit = z
  .object({
    count: z.number().int().min(0).max(10_000),
    windowSeconds: z
      .number()
      .int()
      .min(60)
      .max(30 * 86_400),
  })
  .transform((v): SubmissionLimit | null => (v.count === 0 ? null : v));

/**
 * What `updateSetting` accepts for each key: the form's own schemas (@overlord/validators) for
 * the settings added with them, so the procedure, the form and this check cannot disagree.
 */
export const settingSchemas = {
  'submission_limit.post': storedLimit,
  'submission_limit.topic': storedLimit,
  'submission_limit.message': storedLimit,
  appeal_cooldown_seconds: z
    .number()
    .int()
    .min(0)
    .max(7 * 86_400),
  loyalty_weights: loyaltyWeightsSchema,
  badge_thresholds: badgeThresholdsSchema,
  top_share_percent: topSharePercentSchema,
  model_spend_cap_usd_per_day: modelSpendCapSchema,
} as const satisfies Record<PlatformSettingKey, z.ZodType>;

/**
 * Stored rows are read more leniently than input is accepted: a weight or a badge count missing
 * from a stored object (a kind added after the row was written) keeps its default, each present
 * value still within the form's bounds.
 */
const storedLoyaltyWeights = loyaltyWeightsSchema.partial();
const storedBadgeThresholds = z.object({
  counts: badgeThresholdsSchema.shape.counts.partial().default({}),
  minLogic: badgeThresholdsSchema.shape.minLogic.optional(),
});

const noLimits: SubmissionLimits = { post: null, topic: null, message: null };

/**
 * Defaults: the submission limits the app was given (the api passes its env values, whose own
 * defaults are `forumSubmissionLimits`; callers that pass none, such as load tests, have none),
 * and the constants for the rest.
 */
export function defaultSettings(limits?: SubmissionLimits): PlatformSettings {
  return {
    submissionLimits: { ...(limits ?? noLimits) },
    appealCooldownSeconds: APPEAL_INTERVAL_SECONDS,
    loyaltyWeights: { ...defaultLoyaltyWeights },
    badgeThresholds: {
      counts: { ...defaultBadgeThresholds.counts },
      minLogic: defaultBadgeThresholds.minLogic,
    },
    topSharePercent: DEFAULT_TOP_SHARE_PERCENT,
    modelSpendCapUsdPerDay: null,
  };
}

/** Applies one stored row over the defaults; a row that does not parse is ignored. */
export function applyStored(settings: PlatformSettings, key: string, value: unknown): void {
  switch (key) {
    case 'submission_limit.post':
    case 'submission_limit.topic':
    case 'submission_limit.message': {
      const parsed = settingSchemas[key].safeParse(value);
      if (parsed.success) {
        const kind = key.slice('submission_limit.'.length) as keyof SubmissionLimits;
        settings.submissionLimits[kind] = parsed.data;
      }
      return;
    }
    case 'appeal_cooldown_seconds': {
      const parsed = settingSchemas[key].safeParse(value);
      if (parsed.success) settings.appealCooldownSeconds = parsed.data;
      return;
    }
    case 'loyalty_weights': {
      const parsed = storedLoyaltyWeights.safeParse(value);
      if (parsed.success) {
        for (const [kind, weight] of Object.entries(parsed.data)) {
          if (weight !== undefined) settings.loyaltyWeights[kind as keyof LoyaltyWeights] = weight;
        }
      }
      return;
    }
    case 'badge_thresholds': {
      const parsed = storedBadgeThresholds.safeParse(value);
      if (parsed.success) {
        for (const [slug, count] of Object.entries(parsed.data.counts)) {
          if (count !== undefined) {
            settings.badgeThresholds.counts[slug as keyof BadgeThresholds['counts']] = count;
          }
        }
        if (parsed.data.minLogic !== undefined) {
          settings.badgeThresholds.minLogic = parsed.data.minLogic;
        }
      }
      return;
    }
    case 'top_share_percent': {
      const parsed = settingSchemas[key].safeParse(value);
      if (parsed.success) settings.topSharePercent = parsed.data;
      return;
    }
    case 'model_spend_cap_usd_per_day': {
      const parsed = settingSchemas[key].safeParse(value);
      if (parsed.success) settings.modelSpendCapUsdPerDay = parsed.data;
      return;
    }
    default:
      return;
  }
}
