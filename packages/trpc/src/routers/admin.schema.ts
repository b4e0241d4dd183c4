import { z } from 'zod';

// The form-facing inputs live in @overlord/validators, shared with the web forms.
import {
  auditFilterInput,
  BADGE_SLUGS,
  badgeThresholdsSchema,
  loyaltyWeightsSchema,
} from '@overlord/validators';

export {
  banInput,
  deleteUserInput,
  setRoleInput,
  unbanInput,
  updateSettingInput,
} from '@overlord/validators';

const role = z.enum(['citizen', 'moderator', 'admin', 'superadmin']);

export const adminUserOutput = z.object({
  id: z.string(),
  username: z.string(),
  role,
  banned: z.boolean(),
  banReason: z.string().nullable(),
  deleted: z.boolean(),
});

export const readMessageInput = z.object({
  messageId: z.uuid('That is not a message identifier.'),
});
export const readMessageOutput = z.object({
  id: z.string(),
  body: z.string(),
  status: z.enum(['pending', 'approved', 'rejected', 'calibrate', 'withdrawn']),
  submittedAt: z.date(),
  sender: z.string(),
  recipient: z.string(),
});

const paging = {
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
};

export const citizensInput = z
  .object({ q: z.string().trim().max(254).default(''), ...paging })
  .prefault({});

const citizenSummary = z.object({
  id: z.string(),
  username: z.string(),
  email: z.string().nullable(),
  role,
  loyaltyScore: z.number().int(),
  banned: z.boolean(),
  deleted: z.boolean(),
  createdAt: z.date(),
});

export const citizensOutput = z.object({
  items: z.array(citizenSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageCount: z.number().int(),
});

export const citizenInput = z.object({ username: z.string().trim().min(1).max(64) });
export const citizenOutput = citizenSummary.extend({
  banReason: z.string().nullable(),
  rank: z.number().int().nullable(),
  sanctions: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['freeze', 'rate_limit']),
      reason: z.string(),
      startsAt: z.date(),
      endsAt: z.date().nullable(),
      liftedAt: z.date().nullable(),
      active: z.boolean(),
    }),
  ),
  decisions: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      delta: z.number().int(),
      createdAt: z.date(),
      actor: z.string().nullable(),
    }),
  ),
});

export const auditLogInput = auditFilterInput.extend(paging).prefault({});
export { auditFilterInput };

const auditRow = z.object({
  id: z.string(),
  createdAt: z.date(),
  actor: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});

export const auditLogOutput = z.object({
  items: z.array(auditRow),
  total: z.number().int(),
  page: z.number().int(),
  pageCount: z.number().int(),
});
export const auditExportOutput = z.object({ items: z.array(auditRow), truncated: z.boolean() });

const limit = z.object({ count: z.number().int(), windowSeconds: z.number().int() }).nullable();

const settingValues = z.object({
  submissionLimits: z.object({ post: limit, topic: limit, message: limit }),
  appealCooldownSeconds: z.number().int(),
  loyaltyWeights: loyaltyWeightsSchema,
  badgeThresholds: badgeThresholdsSchema,
  topSharePercent: z.number().int(),
  modelSpendCapUsdPerDay: z.number().nullable(),
});

/** The settings in force, and what is stored for each key (null: the default applies). */
export const settingsOutput = z.object({
  effective: settingValues,
  defaults: settingValues,
  /** What the deployment's model calls cost so far today (UTC), as flushed by every instance. */
  spentTodayUsd: z.number(),
  badges: z.array(z.object({ slug: z.enum(BADGE_SLUGS), name: z.string() })),
  stored: z.array(
    z.object({
      key: z.string(),
      stored: z.unknown(),
      updatedAt: z.date().nullable(),
      updatedBy: z.string().nullable(),
    }),
  ),
});
export const messageReportsOutput = z.array(
  z.object({
    id: z.string(),
    messageId: z.string(),
    reason: z.string(),
    createdAt: z.date(),
    reporter: z.string(),
    sender: z.string(),
  }),
);

export const closeMessageReportInput = z.object({
  reportId: z.uuid('That is not a report identifier.'),
  note: z
    .string()
    .trim()
    .min(3, 'State the outcome for the record (3 characters at least).')
    .max(500, 'Keep the note under 500 characters.'),
});

export const closeMessageReportOutput = z.object({ id: z.string(), closed: z.boolean() });
