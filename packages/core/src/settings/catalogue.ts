// The settings a superadmin may change at run time (docs/product.md §18). Each has a default (the
// constant, or the deployment's env value, that applied before settings existed) and is stored
// in platform_settings only once changed. Values are checked again here, so a row written by
// other means cannot put a nonsense limit in force.
import { z } from 'zod';

import { APPEAL_INTERVAL_SECONDS } from '../appeals/file.ts';
import { type SubmissionLimit, type SubmissionLimits } from '../limits/submission-limits.ts';

export interface PlatformSettings {
  /** null: no limit for that kind. */
  submissionLimits: SubmissionLimits;
  appealCooldownSeconds: number;
}

export const SETTING_KEYS = [
  'submission_limit.post',
  'submission_limit.topic',
  'submission_limit.message',
  'appeal_cooldown_seconds',
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

export const settingSchemas = {
  'submission_limit.post': storedLimit,
  'submission_limit.topic': storedLimit,
  'submission_limit.message': storedLimit,
  appeal_cooldown_seconds: z
    .number()
    .int()
    .min(0)
    .max(7 * 86_400),
} as const satisfies Record<PlatformSettingKey, z.ZodType>;

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
    default:
      return;
  }
}
