// The worker's half of the message flow: judge one queued private message and apply the
// verdict exactly once. A private message is judged on logic and tone only: it has no topic.
import type { EvaluateResult } from '@overlord/overlord';

import type { Deps } from '../deps.ts';
import { hasBlocked } from '../blocks/blocks.ts';
import { syncStoredScore } from '../leaderboard/ranking.ts';
import { messageEvent, publishQueueEvent } from '../live.ts';
import { recordModerationEvent } from '../loyalty.ts';
import {
  messageReceivedNotice,
  notify,
  publishDispatches,
  verdictNotice,
} from '../notifications/index.ts';
import { readSettings } from '../settings/store.ts';
import { textForJudgement } from '../translation/translations.ts';
import { verdictFields } from '../verdict.ts';

export type EvaluateMessageOutcome =
  | {
      kind: 'decided';
      messageId: string;
      conversationId: string;
      senderId: string;
      recipientId: string;
      status: EvaluateResult['verdict'];
      decidedAt: Date;
    }
  /** Already decided by an earlier run (crash after commit): nothing to do. */
  | { kind: 'skipped'; reason: string };

const NO_TOPIC_FEEDBACK =
  'Message approved for delivery. The Ministry has no opinion on what citizens discuss in private, only on how.';

/**
 * Relevance needs a topic; a message has none. Should a judge still answer "off topic", that
 * dimension is void and the message stands on its logic and tone, which raised no objection.
 */
export function withoutRelevance(result: EvaluateResult): EvaluateResult {
  const findings = result.findings.filter((f) => f.dimension !== 'relevance');
  if (result.rejectionReason !== 'off_topic') return { ...result, findings };
  return {
    ...result,
    verdict: 'approved',
    rejectionReason: null,
    findings,
    feedback: NO_TOPIC_FEEDBACK,
  };
}

export async function evaluateMessage(
  deps: Deps,
  messageId: string,
): Promise<EvaluateMessageOutcome> {
  const { db, overlord, redis } = deps;
  const message = await db.privateMessage.findUnique({
    where: { id: messageId },
    select: {
      id: true,
      body: true,
      status: true,
      senderId: true,
      recipientId: true,
      conversationId: true,
      reviewStartedAt: true,
    },
  });
  if (!message) return { kind: 'skipped', reason: 'message no longer exists' };
  if (message.status !== 'pending') return { kind: 'skipped', reason: `already ${message.status}` };

  if (!message.reviewStartedAt) {
    const reviewStartedAt = new Date();
    const { count } = await db.privateMessage.updateMany({
      where: { id: message.id, reviewStartedAt: null },
      data: { reviewStartedAt },
    });
    if (count > 0) {
      await publishQueueEvent(
        redis,
        messageEvent('in_review', message, 'pending', reviewStartedAt),
      );
    }
  }

  const judged = await textForJudgement(deps, {
    kind: 'message',
    id: message.id,
    text: message.body,
  });
  // A judge error propagates: the job retries with backoff, and nothing is ever approved by it.
  const result = withoutRelevance(await overlord.evaluate({ kind: 'message', text: judged.text }));

  // Private messages carry no public commentary and no tags.
  const { commentary: _commentary, ...fields } = verdictFields(result, judged);
  const decidedAt = fields.decidedAt;
  // The weights in force when the verdict is written (a change applies to the next verdict).
  const weights = (await readSettings(deps)).loyaltyWeights;
  const decided = await db.$transaction(async (tx) => {
    // Conditional on still pending: a concurrent or repeated run cannot decide twice.
    const { count } = await tx.privateMessage.updateMany({
      where: { id: message.id, status: 'pending' },
      data: { ...fields, deliveredAt: result.verdict === 'approved' ? decidedAt : null },
    });
    if (count === 0) return null;
    if (result.verdict !== 'calibrate') {
      await recordModerationEvent(
        tx,
        {
          idempotencyKey: `verdict:message:${message.id}`,
          userId: message.senderId,
          kind: result.verdict === 'approved' ? 'message_approved' : 'message_rejected',
          reasonCodes: result.findings.map((finding) => finding.code),
          messageId: message.id,
        },
        weights,
      );
    }
    const people = await tx.user.findMany({
      where: { id: { in: [message.senderId, message.recipientId] } },
      select: { id: true, username: true },
    });
    const nameOf = (id: string) => people.find((p) => p.id === id)?.username ?? '';
    const notified = await notify(tx, [
      {
        userId: message.senderId,
        text: verdictNotice(
          { kind: 'message', counterpart: nameOf(message.recipientId) },
          result.verdict,
          result.feedback,
        ),
      },
      // Sent before a block (docs/product.md §20): no dispatch about it.
      ...(result.verdict === 'approved' &&
      !(await hasBlocked(tx, message.recipientId, message.senderId))
        ? [{ userId: message.recipientId, text: messageReceivedNotice(nameOf(message.senderId)) }]
        : []),
    ]);
    return { notified };
  });
  if (!decided) return { kind: 'skipped', reason: 'decided concurrently' };

  // The public queue view sees a sealed capsule leave (digests only, never content).
  await Promise.all([
    publishQueueEvent(redis, messageEvent('decided', message, result.verdict, decidedAt)),
    publishDispatches(redis, decided.notified),
    result.verdict !== 'calibrate' ? syncStoredScore(db, redis, message.senderId) : null,
  ]);
  return {
    kind: 'decided',
    messageId: message.id,
    conversationId: message.conversationId,
    senderId: message.senderId,
    recipientId: message.recipientId,
    status: result.verdict,
    decidedAt,
  };
}
