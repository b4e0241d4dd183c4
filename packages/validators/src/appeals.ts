import { z } from 'zod';

import { contentIdSchema, contentKindSchema } from './ids.ts';

export const PLEA_MIN = 10;
export const PLEA_MAX = 1_000;
export const NOTE_MIN = 3;
export const NOTE_MAX = 500;

/** Why the Overlord was wrong, in the appellant's words. */
export const appealReasonSchema = z
  .string()
  .trim()
  .min(PLEA_MIN, 'Give the Ministry at least a sentence: why was the Overlord wrong?')
  .max(PLEA_MAX, `Keep the plea under ${PLEA_MAX.toLocaleString('en')} characters.`);

export const fileAppealInput = z.object({
  kind: contentKindSchema,
  id: contentIdSchema,
  reason: appealReasonSchema,
});

/** The reviewer's note is shown to the appellant and, when sustained, on the restored item. */
export const decisionNoteSchema = z
  .string()
  .trim()
  .min(NOTE_MIN, 'Write a short note for the citizen.')
  .max(NOTE_MAX, `Keep the note under ${NOTE_MAX} characters.`);

export const decideAppealInput = z.object({
  appealId: z.uuid('That is not an appeal identifier.'),
  outcome: z.enum(['sustained', 'denied']),
  note: decisionNoteSchema,
});
