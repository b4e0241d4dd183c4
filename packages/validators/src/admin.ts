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

/** One setting changed; `value` null restores the default. */
export const updateSettingInput = z.discriminatedUnion('key', [
  z.object({ key: z.literal('submission_limit.post'), value: settingLimitSchema.nullable() }),
  z.object({ key: z.literal('submission_limit.topic'), value: settingLimitSchema.nullable() }),
  z.object({ key: z.literal('submission_limit.message'), value: settingLimitSchema.nullable() }),
  z.object({ key: z.literal('appeal_cooldown_seconds'), value: appealCooldownSchema.nullable() }),
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
