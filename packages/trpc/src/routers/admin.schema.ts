import { z } from 'zod';

const userId = z.uuid('That is not a citizen identifier.');

export const setRoleInput = z.object({
  userId,
  role: z.enum(['citizen', 'moderator', 'admin', 'superadmin']),
});
export const banInput = z.object({
  userId,
  reason: z
    .string()
    .trim()
    .min(3, 'State the reason for the record (3 characters at least).')
    .max(500, 'Keep the reason under 500 characters.'),
});
export const unbanInput = z.object({ userId });
export const deleteUserInput = z.object({ userId });

export const adminUserOutput = z.object({
  id: z.string(),
  username: z.string(),
  role: z.enum(['citizen', 'moderator', 'admin', 'superadmin']),
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
  status: z.enum(['pending', 'approved', 'rejected', 'calibrate']),
  submittedAt: z.date(),
  sender: z.string(),
  recipient: z.string(),
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
