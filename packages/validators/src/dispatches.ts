import { z } from 'zod';

/**
 * The kinds of dispatch a citizen chooses to receive (docs/product.md §13).
 */
export const DISPATCH_KINDS = [
  'verdicts',
  'appeals_and_reports',
  'messages',
  'sanctions',
  'replies_and_mentions',
  'followed_topics',
] as const;
export type DispatchKind = (typeof DISPATCH_KINDS)[number];

export const dispatchKindSchema = z.enum(DISPATCH_KINDS, 'That is not a kind of dispatch.');

/** The whole choice at once: the kinds wanted, none meaning silence. */
export const setDispatchKindsInput = z.strictObject({
  kinds: z
    .array(dispatchKindSchema)
    .max(DISPATCH_KINDS.length)
    .transform((kinds) => DISPATCH_KINDS.filter((k) => kinds.includes(k))),
});
