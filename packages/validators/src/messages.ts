import { z } from 'zod';

import { messageBodySchema } from './text.ts';

/** The citizen a message goes to, or whose thread is read. */
export const messageRecipientSchema = z.string().trim().min(1, 'Name the citizen.').max(64);

export const sendMessageInput = z.object({ to: messageRecipientSchema, body: messageBodySchema });

export const MESSAGE_REPORT_MIN = 10;
export const MESSAGE_REPORT_MAX = 1000;

/** A recipient's report of a delivered private message, for the admins alone. */
export const reportMessageInput = z.object({
  messageId: z.uuid('That is not a message identifier.'),
  reason: z
    .string()
    .trim()
    .min(
      MESSAGE_REPORT_MIN,
      `Tell the admins what is wrong, in ${MESSAGE_REPORT_MIN} characters at least.`,
    )
    .max(MESSAGE_REPORT_MAX, 'Keep the report under 1,000 characters.'),
});
