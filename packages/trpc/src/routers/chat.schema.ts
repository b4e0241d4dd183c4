import { z } from 'zod';

/**
 * One question in a conversation the server remembers for this session. The client names the
 * conversation (a random id per page) and never sends earlier turns: strict, so an old client
 * sending `messages` learns it at once instead of being silently ignored.
 */
export const askInput = z
  .object({
    chatId: z.uuid('chatId must be a UUID.'),
    question: z
      .string()
      .trim()
      .min(1, 'Ask something.')
      .max(2_000, 'Keep a question under 2,000 characters.'),
  })
  .strict();
