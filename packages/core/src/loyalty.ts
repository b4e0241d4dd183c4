// Loyalty = weighted sum of moderation events (docs/product.md §8). The weights are a run-time
// setting (settings `loyalty_weights`, read once per verdict or decision); these are their
// defaults. Each event stores the delta it applied, so the score is always the sum of the stored
// deltas (the rebuild, leaderboard/rebuild-scores.ts): a changed weight applies to events from
// then on and never rewrites history. The score on the user row is updated in the same
// transaction as the event that moves it.
import type { ModerationEventKind, Prisma } from '@overlord/db';

export type LoyaltyWeights = Record<ModerationEventKind, number>;

/** The default weights (before settings existed, the only ones). */
export const loyaltyWeights: Readonly<LoyaltyWeights> = {
  topic_approved: 5,
  topic_rejected: -5,
  post_approved: 1,
  post_rejected: -1,
  message_approved: 1,
  message_rejected: -1,
  // A sustained appeal first gives back the rejection's penalty and adds what an approval earns
  // (see appeals/decide.ts); this weight is extra on top of that.
  appeal_sustained: 0,
  appeal_denied: -1,
  // A sustained report first takes back what the approval earned and applies the rejection's
  // weight (see flags/decide.ts); this weight is extra on top of that.
  flag_sustained: 0,
  flag_dismissed: 0,
};

export interface ModerationEventInput {
  idempotencyKey: string;
  userId: string;
  kind: ModerationEventKind;
  reasonCodes?: string[];
  actorId?: string | null;
  topicId?: string;
  postId?: string;
  messageId?: string;
  appealId?: string;
  flagId?: string;
  /** Overrides the configured weight for effects computed from history (a sustained appeal). */
  delta?: number;
}

/**
 * Writes the event and moves the score, once: a second call with the same idempotency key
 * (a job re-run after a crash) changes nothing and returns false. `weights` are the ones in
 * force (`(await readSettings(deps)).loyaltyWeights`), read by the caller before its transaction.
 */
export async function recordModerationEvent(
  tx: Prisma.TransactionClient,
  input: ModerationEventInput,
  weights: Readonly<LoyaltyWeights>,
): Promise<boolean> {
  const delta = input.delta ?? weights[input.kind];
  const { count } = await tx.moderationEvent.createMany({
    data: [{ ...input, reasonCodes: input.reasonCodes ?? [], delta }],
    skipDuplicates: true,
  });
  if (count === 0) return false;
  if (delta !== 0) {
    await tx.user.update({
      where: { id: input.userId },
      data: { loyaltyScore: { increment: delta } },
    });
  }
  return true;
}
