import { z } from 'zod';

import { contentIdSchema, contentKindSchema } from './ids.ts';

export const REPORT_MIN = 10;
export const REPORT_MAX = 500;
export const FLAG_NOTE_MIN = 3;
export const FLAG_NOTE_MAX = 500;

/** What the reporter saw ("Report treason"). */
export const flagReasonSchema = z
  .string()
  .trim()
  .min(REPORT_MIN, 'Tell the Ministry what is wrong with it, in a sentence at least.')
  .max(REPORT_MAX, `Keep the report under ${REPORT_MAX} characters.`);

export const fileFlagInput = z.object({
  kind: contentKindSchema,
  id: contentIdSchema,
  reason: flagReasonSchema,
});

/** The moderator's note on a report, kept for the record. */
export const flagNoteSchema = z
  .string()
  .trim()
  .min(FLAG_NOTE_MIN, 'Write a short note for the record.')
  .max(FLAG_NOTE_MAX, `Keep the note under ${FLAG_NOTE_MAX} characters.`);

export const decideFlagInput = z.object({
  flagId: z.uuid('That is not a report identifier.'),
  outcome: z.enum(['sustained', 'dismissed']),
  note: flagNoteSchema,
});
