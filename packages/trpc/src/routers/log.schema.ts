import { LOG_KINDS, LOG_REASONS, OFFICIAL_ROLES } from '@overlord/validators';
import { z } from 'zod';

// The filters live in @overlord/validators: the /log page reads its URL with the same schema.
export { logFiltersInput, logListInput } from '@overlord/validators';

const reason = z.enum(LOG_REASONS).nullable();

/** One public decision. Authors and item ids appear only while the item is public. */
export const logEntryOutput = z.object({
  key: z.string(),
  at: z.date(),
  kind: z.enum(LOG_KINDS),
  decision: z.enum([
    'approved',
    'rejected',
    'calibrate',
    'sustained',
    'denied',
    'dismissed',
    'renamed',
    'merged',
  ]),
  reason,
  decidedBy: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('overlord'), judge: z.string().nullable() }),
    z.object({ kind: z.literal('official'), role: z.enum(OFFICIAL_ROLES).nullable() }),
  ]),
  subject: z
    .object({
      kind: z.enum(['post', 'topic']),
      public: z.boolean(),
      id: z.string().nullable(),
      author: z.object({ username: z.string() }).nullable(),
      /** A revision of a statement (docs/product.md §17); `id` is then the statement's. */
      revision: z.boolean(),
    })
    .nullable(),
  topic: z.object({ id: z.string(), title: z.string() }).nullable(),
  tag: z.object({ from: z.string(), to: z.string(), label: z.string().nullable() }).nullable(),
});

export const logListOutput = z.object({
  items: z.array(logEntryOutput),
  nextCursor: z.string().nullable(),
});

export const logRecordOutput = z.object({
  generatedAt: z.date(),
  days: z.number().int(),
  weeks: z.number().int(),
  verdictsPerDay: z.array(
    z.object({
      day: z.string(),
      approved: z.number().int(),
      rejected: z.number().int(),
      calibrate: z.number().int(),
      medianSeconds: z.number().nullable(),
    }),
  ),
  rejectionReasons: z.array(z.object({ reason: z.enum(LOG_REASONS), count: z.number().int() })),
  appealsPerWeek: z.array(
    z.object({
      week: z.string(),
      decided: z.number().int(),
      sustained: z.number().int(),
      sustainRate: z.number().nullable(),
    }),
  ),
  totals: z.object({
    verdicts: z.number().int(),
    medianSeconds: z.number().nullable(),
    appealsDecided: z.number().int(),
    appealsSustained: z.number().int(),
    errorRate: z.number().nullable(),
  }),
  judges: z.array(z.string()),
});
