// One step of a review queue, run by its graphile-worker job: claim the head, judge it with no
// database connection held, write the verdict, re-queue. A failing head is retried in place
// (nothing behind it moves) until the hold bound, then held for moderators.
import { enqueueReview, type ReviewKind, type SqlExecutor } from '@overlord/jobs';
import { sqlPool } from '@overlord/db';

import type { Deps } from '../deps.ts';
import { messageEvent, postEvent, publishQueueEvent, topicEvent } from '../live.ts';
import { evaluateMessage } from '../messages/evaluate.ts';
import { evaluatePost } from '../posts/evaluate.ts';
import { evaluateTopic } from '../topics/evaluate.ts';
import { ModelBudgetExhausted } from '../limits/call-budget.ts';
import { claimHead, recordHeadFailure, settleHead } from './claims-sql.ts';
import { holdFailedHead } from './hold.ts';

export interface ReviewPolicy {
  /** First retry delay; doubles per failure (with jitter) up to `retryMaxSeconds`. */
  retryBaseSeconds: number;
  retryMaxSeconds: number;
  /** A head still failing this long after its first failure is held for moderators. */
  holdAfterSeconds: number;
}

export const defaultReviewPolicy: ReviewPolicy = {
  retryBaseSeconds: 2,
  retryMaxSeconds: 60,
  holdAfterSeconds: 600,
};

export type ReviewStep =
  | { kind: 'empty' | 'busy' }
  | { kind: 'waiting'; retryAt: Date }
  | { kind: 'judged'; itemId: string; outcome: string }
  | { kind: 'failed'; itemId: string; error: string; retryAt: Date | null }
  | { kind: 'held'; itemId: string; error: string };

/** Judges one item by id; throws when the judge could not decide (retried, never approved). */
const judges: Record<ReviewKind, (deps: Deps, id: string) => Promise<{ kind: string }>> = {
  post: evaluatePost,
  topic: evaluateTopic,
  message: evaluateMessage,
};

export function retryDelaySeconds(policy: ReviewPolicy, failures: number): number {
  const exponential = policy.retryBaseSeconds * 2 ** Math.max(0, failures - 1);
  const capped = Math.min(exponential, policy.retryMaxSeconds);
  // ±20 % jitter: heads that failed together (a 429 storm) do not all return at once.
  return capped * (0.8 + Math.random() * 0.4);
}

export async function reviewNext(
  deps: Deps,
  kind: ReviewKind,
  entityId: string | null,
  jobId: string,
  policy: ReviewPolicy = defaultReviewPolicy,
): Promise<ReviewStep> {
  const claim = await claimHead(deps.db, kind, entityId, jobId);
  if (claim.kind === 'empty' || claim.kind === 'busy') return { kind: claim.kind };
  if (claim.kind === 'waiting') {
    // Ran early (added by a submission meanwhile): come back at the head's retry time.
    const execute: SqlExecutor = (sql, ...params) => sqlPool(deps.db).query(sql, params);
    await enqueueReview(execute, kind, entityId, { runAt: claim.retryAt, mode: 'replace' });
    return claim;
  }

  const { itemId } = claim;
  let outcome: { kind: string };
  try {
    outcome = await judges[kind](deps, itemId);
  } catch (raw) {
    const error = raw instanceof Error ? raw.message : String(raw);
    if (raw instanceof ModelBudgetExhausted) {
      // Not the head's fault (the hourly call cap or the daily spend cap): it waits, in place,
      // until the budget may allow it, and is never held for it.
      const waitSeconds = Math.max(1, (raw.retryAt.getTime() - Date.now()) / 1000);
      const retryAt = await recordHeadFailure(
        deps.db,
        kind,
        entityId,
        itemId,
        error,
        waitSeconds,
        false,
      );
      return { kind: 'failed', itemId, error, retryAt };
    }
    const failingFor = claim.firstFailedAt
      ? (Date.now() - claim.firstFailedAt.getTime()) / 1000
      : 0;
    if (claim.firstFailedAt && failingFor >= policy.holdAfterSeconds) {
      const held = await holdFailedHead(
        deps.db,
        kind,
        itemId,
        error,
        `${deps.overlord.name}:failed`,
      );
      await settleHead(deps.db, kind, entityId, itemId);
      if (held) await publishHeld(deps, kind, held);
      return { kind: 'held', itemId, error };
    }
    const retryIn = retryDelaySeconds(policy, claim.attempts + 1);
    const retryAt = await recordHeadFailure(deps.db, kind, entityId, itemId, error, retryIn);
    return { kind: 'failed', itemId, error, retryAt };
  }
  await settleHead(deps.db, kind, entityId, itemId);
  return { kind: 'judged', itemId, outcome: outcome.kind };
}

async function publishHeld(
  deps: Deps,
  kind: ReviewKind,
  held: { id: string; entityId: string | null; decidedAt: Date },
) {
  const event =
    kind === 'post'
      ? postEvent('decided', { id: held.id, topicId: held.entityId! }, 'rejected', held.decidedAt)
      : kind === 'message'
        ? messageEvent(
            'decided',
            { id: held.id, conversationId: held.entityId! },
            'rejected',
            held.decidedAt,
          )
        : topicEvent('decided', held.id, 'rejected', held.decidedAt);
  await publishQueueEvent(deps.redis, event);
}
