import { z } from 'zod';

import { decisionNoteSchema } from './appeals.ts';
import { usernameRefSchema } from './ids.ts';

export const ADMIN_REASON_MIN = 3;
export const ADMIN_REASON_MAX = 500;

/** Why an official changes a citizen's role, ban or account: it goes into the audit log. */
export const adminReasonSchema = z
  .string()
  .trim()
  .min(ADMIN_REASON_MIN, 'State the reason for the record (3 characters at least).')
  .max(ADMIN_REASON_MAX, `Keep the reason under ${ADMIN_REASON_MAX} characters.`);

export const citizenIdSchema = z.uuid('That is not a citizen identifier.');
export const roleSchema = z.enum(['citizen', 'moderator', 'admin', 'superadmin']);

export const setRoleInput = z.object({
  userId: citizenIdSchema,
  role: roleSchema,
  reason: adminReasonSchema,
});
export const banInput = z.object({ userId: citizenIdSchema, reason: adminReasonSchema });
export const unbanInput = z.object({ userId: citizenIdSchema, reason: adminReasonSchema });
export const deleteUserInput = z.object({ userId: citizenIdSchema, reason: adminReasonSchema });

/** A held item's decision (moderators): back to its queue, or rejected as a terms violation. */
export const heldKindSchema = z.enum(['topic', 'post', 'message']);
export const decideHeldInput = z.object({
  kind: heldKindSchema,
  id: z.uuid('That is not an item identifier.'),
  outcome: z.enum(['release', 'reject']),
  note: decisionNoteSchema,
});

// Run-time settings. A limit is `count` per window; a count of 0 switches it off.
export const SETTING_LIMIT_MAX_COUNT = 10_000;
export const SETTING_WINDOW_MIN_SECONDS = 60;
export const SETTING_WINDOW_MAX_SECONDS = 30 * 86_400;
export const APPEAL_COOLDOWN_MAX_SECONDS = 7 * 86_400;

export const settingLimitSchema = z.object({
  count: z
    .number('Give a whole number.')
    .int('Give a whole number.')
    .min(0, 'A limit cannot be negative (0 switches it off).')
    .max(SETTING_LIMIT_MAX_COUNT, `At most ${SETTING_LIMIT_MAX_COUNT}.`),
  windowSeconds: z
    .number('Give a whole number of seconds.')
    .int('Give a whole number of seconds.')
    .min(SETTING_WINDOW_MIN_SECONDS, 'A window is at least a minute.')
    .max(SETTING_WINDOW_MAX_SECONDS, 'A window is at most 30 days.'),
});

export const appealCooldownSchema = z
  .number('Give a whole number of seconds.')
  .int('Give a whole number of seconds.')
  .min(0, 'The cooldown cannot be negative.')
  .max(APPEAL_COOLDOWN_MAX_SECONDS, 'At most a week.');

// Loyalty weights (docs/product.md §8): what each kind of moderation event moves a score by.
// The rule is public (approvals earn, rejections cost), so each weight keeps its sign; only the
// size is configuration.
export const LOYALTY_WEIGHT_MAX = 100;
/** Weights that earn (0 allowed: the event then moves nothing). */
export const LOYALTY_GAINS = [
  'topic_approved',
  'post_approved',
  'message_approved',
  'appeal_sustained',
] as const;
/** Weights that cost (0 allowed). */
export const LOYALTY_PENALTIES = [
  'topic_rejected',
  'post_rejected',
  'message_rejected',
  'appeal_denied',
  'flag_sustained',
  'flag_dismissed',
] as const;
export type LoyaltyWeightKind = (typeof LOYALTY_GAINS)[number] | (typeof LOYALTY_PENALTIES)[number];

const gain = z
  .number('Give a whole number.')
  .int('Give a whole number.')
  .min(0, 'An approval cannot cost loyalty (0 at least).')
  .max(LOYALTY_WEIGHT_MAX, `At most ${LOYALTY_WEIGHT_MAX}.`);
const penalty = z
  .number('Give a whole number.')
  .int('Give a whole number.')
  .min(-LOYALTY_WEIGHT_MAX, `At least −${LOYALTY_WEIGHT_MAX}.`)
  .max(0, 'A rejection cannot earn loyalty (0 at most).');

export const loyaltyWeightsSchema = z.object({
  topic_approved: gain,
  topic_rejected: penalty,
  post_approved: gain,
  post_rejected: penalty,
  message_approved: gain,
  message_rejected: penalty,
  /** Extra, on top of giving back the rejection and adding the approval (appeals/decide.ts). */
  appeal_sustained: gain,
  appeal_denied: penalty,
  /** Extra, on top of taking back the approval and applying the rejection (flags/decide.ts). */
  flag_sustained: penalty,
  /** The reporter of a dismissed report. */
  flag_dismissed: penalty,
});
export type LoyaltyWeightsInput = z.infer<typeof loyaltyWeightsSchema>;

// Badge thresholds (docs/product.md §8): how many qualifying statements earn each badge, and the
// logic score a statement needs to count towards Master of Logic.
export const BADGE_SLUGS = [
  'master-of-logic',
  'defender-of-evidence',
  'diligent-calibrator',
  'strawman',
  'ad-hominem',
  'illogical',
] as const;
export type BadgeSlug = (typeof BADGE_SLUGS)[number];
export const BADGE_COUNT_MAX = 1_000;

const badgeCount = z
  .number('Give a whole number.')
  .int('Give a whole number.')
  .min(1, 'A badge needs at least one statement.')
  .max(BADGE_COUNT_MAX, `At most ${BADGE_COUNT_MAX.toLocaleString('en')}.`);

export const badgeThresholdsSchema = z.object({
  counts: z.object({
    'master-of-logic': badgeCount,
    'defender-of-evidence': badgeCount,
    'diligent-calibrator': badgeCount,
    strawman: badgeCount,
    'ad-hominem': badgeCount,
    illogical: badgeCount,
  }),
  minLogic: z
    .number('Give a number between 0 and 1.')
    .min(0, 'The logic score runs from 0 to 1.')
    .max(1, 'The logic score runs from 0 to 1.'),
});
export type BadgeThresholdsInput = z.infer<typeof badgeThresholdsSchema>;

/** The share of citizens, by rank, who may propose topics: a whole percent. */
export const topSharePercentSchema = z
  .number('Give a whole percent.')
  .int('Give a whole percent.')
  .min(1, 'At least 1%: someone must be able to propose topics.')
  .max(100, 'At most 100%.');

/** The most the deployment's model calls may cost in one UTC day, in US dollars. */
export const MODEL_SPEND_CAP_MAX_USD = 1_000_000;
export const modelSpendCapSchema = z
  .number('Give an amount in US dollars.')
  .min(0.01, 'A cap is at least one cent; restore the default to remove it.')
  .max(MODEL_SPEND_CAP_MAX_USD, 'At most a million dollars a day.')
  .refine((usd) => Math.abs(usd * 100 - Math.round(usd * 100)) < 1e-6, 'Whole cents only.');

/** One setting changed; `value` null restores the default. */
export const updateSettingInput = z.discriminatedUnion('key', [
  z.object({ key: z.literal('submission_limit.post'), value: settingLimitSchema.nullable() }),
  z.object({ key: z.literal('submission_limit.topic'), value: settingLimitSchema.nullable() }),
  z.object({ key: z.literal('submission_limit.message'), value: settingLimitSchema.nullable() }),
  z.object({ key: z.literal('appeal_cooldown_seconds'), value: appealCooldownSchema.nullable() }),
  z.object({ key: z.literal('loyalty_weights'), value: loyaltyWeightsSchema.nullable() }),
  z.object({ key: z.literal('badge_thresholds'), value: badgeThresholdsSchema.nullable() }),
  z.object({ key: z.literal('top_share_percent'), value: topSharePercentSchema.nullable() }),
  z.object({
    key: z.literal('model_spend_cap_usd_per_day'),
    value: modelSpendCapSchema.nullable(),
  }),
]);
export type UpdateSettingInput = z.infer<typeof updateSettingInput>;

/** The audit-log viewer's filter (every field optional). */
export const auditFilterInput = z.object({
  actor: usernameRefSchema.optional(),
  action: z.string().trim().min(1).max(64).optional(),
  target: z.string().trim().min(1).max(64).optional(),
  from: z.date().optional(),
  to: z.date().optional(),
});
