import { z } from 'zod';

/** The conversation so far, held by the browser: the last message is the question. */
export const askInput = z.object({
  messages: z
    .array(
      z.object({
        role: z.enum(['user', 'assistant']),
        content: z
          .string()
          .trim()
          .min(1, 'Ask something.')
          .max(2_000, 'Keep a question under 2,000 characters.'),
      }),
    )
    .min(1, 'Ask something.')
    .max(20, 'The Overlord remembers 20 messages at most; start a new conversation.')
    .refine((m) => m.at(-1)?.role === 'user', 'The last message must be your question.'),
});
