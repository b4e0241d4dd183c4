import { z } from 'zod';

import { topicIdSchema } from './ids.ts';

// The public moderation log's filters (docs/product.md §16). The /log page reads them from its
// URL with the same schema the procedure checks, so a bad parameter is explained, not ignored.

export const LOG_KINDS = ['verdict', 'appeal', 'report', 'tag'] as const;
export type LogKind = (typeof LOG_KINDS)[number];
/** The reason categories a public entry can carry (terms violations never appear). */
export const LOG_REASONS = ['poor_logic', 'poor_tone', 'off_topic'] as const;
export type LogReason = (typeof LOG_REASONS)[number];
/** Officials are named by role only; anything else in `judge` is an Overlord judge id. */
export const OFFICIAL_ROLES = ['moderator', 'admin', 'superadmin'] as const;
export type OfficialRole = (typeof OFFICIAL_ROLES)[number];

export const LOG_PAGE_MAX = 100;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day, `YYYY-MM-DD`, read as UTC. */
export const logDaySchema = z
  .string()
  .trim()
  .regex(ISO_DAY, 'Write dates as YYYY-MM-DD.')
  .refine((value) => {
    const [, y, m, d] = ISO_DAY.exec(value) ?? [];
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return date.toISOString().slice(0, 10) === value;
  }, 'That date does not exist.');

const filterFields = {
  topic: topicIdSchema.optional(),
  kind: z.enum(LOG_KINDS, 'Choose verdicts, appeals, reports or tag changes.').optional(),
  reason: z.enum(LOG_REASONS, 'Choose poor logic, poor tone or off topic.').optional(),
  /** An Overlord judge id (e.g. `offline-v1`) or an official's role. */
  judge: z.string().trim().min(1).max(120, 'That judge is not on record.').optional(),
  from: logDaySchema.optional(),
  to: logDaySchema.optional(),
};

const datesInOrder = (value: { from?: string | undefined; to?: string | undefined }) =>
  !value.from || !value.to || value.from <= value.to;
const DATES_MESSAGE = { message: 'The first day must not come after the last.', path: ['to'] };

export const logFiltersInput = z.object(filterFields).refine(datesInOrder, DATES_MESSAGE);
export type LogFilters = z.infer<typeof logFiltersInput>;

export const logListInput = z
  .object({
    ...filterFields,
    limit: z.number().int().min(1).max(LOG_PAGE_MAX).default(25),
    /** Opaque: the `nextCursor` of the previous page. */
    cursor: z.string().trim().min(1).max(300).nullish(),
  })
  .refine(datesInOrder, DATES_MESSAGE)
  .prefault({});
