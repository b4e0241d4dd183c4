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

/** docs/product.md §23: the proposal the conversation showed, confirmed or cancelled by its asker. */
export const proposalInput = z
  .object({ proposalId: z.uuid('That is not a proposal the Ministry issued.') })
  .strict();

const actionKind = z.enum([
  'fileAppeal',
  'decideAppeal',
  'decideFlag',
  'decideHeld',
  'liftSanction',
  'renameTag',
  'mergeTags',
]);

/** What a confirmed action did, in the Overlord's words (the UI announces it). */
export const confirmOutput = z.object({ kind: actionKind, message: z.string() });

export const cancelOutput = z.object({ cancelled: z.literal(true) });

/** A proposed action as the answer's stream carries it (after the text). */
export const proposalChunk = z.object({
  type: z.literal('proposal'),
  proposal: z.object({
    id: z.string(),
    kind: actionKind,
    description: z.string(),
    expiresAt: z.date(),
  }),
});
export type ProposalChunk = z.infer<typeof proposalChunk>;
