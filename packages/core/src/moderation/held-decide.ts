// A moderator's decision on an item held for review (docs/product.md §6): the safety screen could
// not decide it (error, timeout, spent model budget) or its evaluation kept failing at the head of
// its queue. "Release" puts it back in its queue as pending, with its original submission time,
// so the Overlord judges it normally and in its queue's order (oldest pending first: it is
// judged before anything submitted after it). "Reject" keeps it rejected as a terms violation.
// Both are audited in the same transaction.
import { enqueueReview } from '@overlord/jobs';
import { Prisma } from '@overlord/db';

import { writeAudit } from '../audit/write.ts';
import type { Actor, Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { syncStoredScore } from '../leaderboard/ranking.ts';
import { messageEvent, postEvent, publishQueueEvent, topicEvent } from '../live.ts';
import { recordModerationEvent } from '../loyalty.ts';
import { reviewQueueShapes } from '../review/queues.ts';
import { readSettings } from '../settings/store.ts';

export type HeldKind = 'topic' | 'post' | 'message';

export interface DecideHeldInput {
  kind: HeldKind;
  id: string;
  outcome: 'release' | 'reject';
  note: string;
  requestId?: string | undefined;
}

export interface DecidedHeld {
  kind: HeldKind;
  id: string;
  status: 'pending' | 'rejected';
}

export const HELD_REJECTED_FEEDBACK =
  'Citizen, a moderator of the Ministry has examined your withheld submission and found it in breach of the terms. It stays in the archive, unpublished.';

interface HeldRow {
  author_id: string | null;
  entity_id: string | null;
  held_for_review: boolean;
  status: string;
  error: string | null;
}

const authorColumn: Record<HeldKind, string> = {
  topic: 'author_id',
  post: 'author_id',
  message: 'sender_id',
};

const subject = (kind: HeldKind, id: string) =>
  kind === 'post' ? { postId: id } : kind === 'topic' ? { topicId: id } : { messageId: id };

export async function decideHeldItem(
  deps: Pick<Deps, 'db' | 'redis' | 'limits'>,
  actor: Actor,
  input: DecideHeldInput,
): Promise<DecidedHeld> {
  const shape = reviewQueueShapes[input.kind];
  const now = new Date();
  const weights = (await readSettings(deps)).loyaltyWeights;
  const outcome = await deps.db.$transaction(async (tx) => {
    // Row lock: two moderators deciding the same item at once are serialised; the second sees it
    // no longer held.
    const [row] = await tx.$queryRawUnsafe<[HeldRow?]>(
      `SELECT ${authorColumn[input.kind]}::text AS author_id,
              ${shape.entityColumn ?? 'NULL'}::text AS entity_id,
              held_for_review, status::text AS status, evaluation->>'error' AS error
         FROM ${shape.table} WHERE id = $1::uuid FOR UPDATE`,
      input.id,
    );
    if (!row) throw new DomainError('NOT_FOUND', 'No such item in the archive.');
    if (!row.held_for_review || row.status !== 'rejected') {
      throw new DomainError(
        'CONFLICT',
        'That item is no longer held; another official decided it.',
      );
    }
    const before = { status: 'rejected', heldForReview: true, screenError: row.error };
    if (input.outcome === 'release' && input.kind === 'post') {
      // One revision of a statement waits at a time (docs/product.md §17): a held revision goes
      // back to the queue only when no later one of the same statement waits there.
      const [rival] = await tx.$queryRawUnsafe<[{ id: string }?]>(
        `SELECT w.id::text FROM posts h JOIN posts w ON w.revision_of_id = h.revision_of_id
          WHERE h.id = $1::uuid AND w.status = 'pending'`,
        input.id,
      );
      if (rival) {
        throw new DomainError(
          'CONFLICT',
          'A later revision of the same statement waits in the queue. Release this one after its verdict, or reject it.',
          'revision_pending',
        );
      }
    }
    if (input.outcome === 'release') {
      await release(tx, input.kind, input.id);
      // A screen hold cost the author a rejection's weight (reject-at-once); the item is not
      // rejected any more, so that event goes and the verdict to come scores it afresh.
      const event = await tx.moderationEvent.findUnique({
        where: { idempotencyKey: `verdict:${input.kind}:${input.id}` },
        select: { id: true, delta: true, userId: true },
      });
      if (event) {
        await tx.moderationEvent.delete({ where: { id: event.id } });
        if (event.delta !== 0) {
          await tx.user.update({
            where: { id: event.userId },
            data: { loyaltyScore: { decrement: event.delta } },
          });
        }
      }
      // Its queue's job, due now: the released item is older than anything pending behind it.
      await enqueueReview(
        (sql, ...params) => tx.$executeRawUnsafe(sql, ...params),
        input.kind,
        row.entity_id,
        { runAt: now, mode: 'replace' },
      );
    } else {
      await rejectHeld(tx, input.kind, input.id, now);
      // A queue hold moved no loyalty; a rejection as a terms violation does, once (a screen
      // hold already recorded it under the same key, so this is then a no-op).
      if (row.author_id) {
        await recordModerationEvent(
          tx,
          {
            idempotencyKey: `verdict:${input.kind}:${input.id}`,
            userId: row.author_id,
            kind: `${input.kind}_rejected`,
            reasonCodes: ['held_rejected'],
            actorId: actor.id,
            ...subject(input.kind, input.id),
          },
          weights,
        );
      }
    }
    await writeAudit(tx, actor, {
      action: input.outcome === 'release' ? 'held.release' : 'held.reject',
      targetType: input.kind,
      targetId: input.id,
      before,
      after: {
        status: input.outcome === 'release' ? 'pending' : 'rejected',
        heldForReview: false,
        note: input.note,
      },
      requestId: input.requestId,
    });
    return row;
  });

  if (outcome.author_id) await syncStoredScore(deps.db, deps.redis, outcome.author_id);
  if (input.outcome === 'release') {
    // The item re-enters the live views as in evaluation, like a fresh submission.
    const event =
      input.kind === 'post'
        ? postEvent('submitted', { id: input.id, topicId: outcome.entity_id! }, 'pending', now)
        : input.kind === 'topic'
          ? topicEvent('submitted', input.id, 'pending', now)
          : messageEvent(
              'submitted',
              { id: input.id, conversationId: outcome.entity_id! },
              'pending',
              now,
            );
    await publishQueueEvent(deps.redis, event);
  }
  return {
    kind: input.kind,
    id: input.id,
    status: input.outcome === 'release' ? 'pending' : 'rejected',
  };
}

const pendingAgain = {
  status: 'pending',
  heldForReview: false,
  decidedAt: null,
  reviewStartedAt: null,
  rejectionReason: null,
  termsViolation: false,
  feedback: null,
  judge: null,
} as const;

async function release(tx: Prisma.TransactionClient, kind: HeldKind, id: string) {
  const evaluation = { evaluation: Prisma.DbNull };
  if (kind === 'post') {
    await tx.post.update({
      where: { id },
      data: { ...pendingAgain, ...evaluation, commentary: null },
      select: { id: true },
    });
  } else if (kind === 'topic') {
    await tx.topic.update({
      where: { id },
      data: { ...pendingAgain, ...evaluation, commentary: null },
      select: { id: true },
    });
  } else {
    await tx.privateMessage.update({
      where: { id },
      data: { ...pendingAgain, ...evaluation },
      select: { id: true },
    });
  }
}

async function rejectHeld(tx: Prisma.TransactionClient, kind: HeldKind, id: string, at: Date) {
  const data = {
    heldForReview: false,
    rejectionReason: 'terms_violation',
    termsViolation: true,
    feedback: HELD_REJECTED_FEEDBACK,
    decidedAt: at,
  } as const;
  if (kind === 'post') await tx.post.update({ where: { id }, data, select: { id: true } });
  else if (kind === 'topic') await tx.topic.update({ where: { id }, data, select: { id: true } });
  else await tx.privateMessage.update({ where: { id }, data, select: { id: true } });
}
