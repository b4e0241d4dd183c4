// Deciding an appeal (docs/product.md §10, §8). Sustained: the item is published as if the Overlord
// had approved it, and the author's score becomes what it would have been (the rejection's penalty
// given back plus the approval's weight). Denied: the configured penalty. One transaction; the
// event's idempotency key ("appeal:<id>") and the pending-only update make a double click
// harmless.
import { embedContentJob } from '@overlord/jobs';

import { writeAudit } from '../audit/write.ts';
import type { Actor, Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { syncStoredScore } from '../leaderboard/ranking.ts';
import { postEvent, publishQueueEvent, topicEvent } from '../live.ts';
import { recordModerationEvent } from '../loyalty.ts';
import { appealNotice, notify, publishDispatches } from '../notifications/index.ts';
import { applyApprovedRevision } from '../posts/revision-sql.ts';
import { readSettings } from '../settings/store.ts';

export interface DecideAppealInput {
  appealId: string;
  outcome: 'sustained' | 'denied';
  note: string;
}

export interface DecidedAppeal {
  id: string;
  status: 'sustained' | 'denied';
  decidedAt: Date;
}

export async function decideAppeal(
  deps: Pick<Deps, 'db' | 'redis' | 'limits'> & { requestId?: string | undefined },
  reviewer: Actor,
  input: DecideAppealInput,
): Promise<DecidedAppeal> {
  const { db, redis } = deps;
  const loyaltyWeights = (await readSettings(deps)).loyaltyWeights;
  const outcome = await db.$transaction(async (tx) => {
    const [appeal] = await tx.$queryRawUnsafe<
      [{ appellant_id: string; post_id: string | null; topic_id: string | null }?]
    >(
      `SELECT appellant_id, post_id, topic_id FROM appeals
        WHERE id = $1::uuid AND status = 'pending' FOR UPDATE`,
      input.appealId,
    );
    if (!appeal) {
      const exists = await tx.appeal.findUnique({
        where: { id: input.appealId },
        select: { status: true },
      });
      throw exists
        ? new DomainError('CONFLICT', `This appeal was already decided: ${exists.status}.`)
        : new DomainError('NOT_FOUND', 'No such appeal on file.');
    }
    if (appeal.appellant_id === reviewer.id) {
      throw new DomainError('FORBIDDEN', 'No official may judge their own appeal.');
    }
    const decidedAt = new Date();
    const kind = appeal.post_id ? ('post' as const) : ('topic' as const);
    const contentId = (appeal.post_id ?? appeal.topic_id)!;
    const target = kind === 'post' ? { postId: contentId } : { topicId: contentId };

    let delta = loyaltyWeights.appeal_denied;
    let topicId: string | null = kind === 'topic' ? contentId : null;
    if (input.outcome === 'sustained') {
      // What the rejection cost, given back, and what an approval earns.
      const penalty = await tx.moderationEvent.aggregate({
        where: { ...target, kind: kind === 'post' ? 'post_rejected' : 'topic_rejected' },
        _sum: { delta: true },
      });
      delta =
        -(penalty._sum.delta ?? 0) +
        loyaltyWeights[kind === 'post' ? 'post_approved' : 'topic_approved'] +
        loyaltyWeights.appeal_sustained;
      const restored = {
        status: 'approved' as const,
        rejectionReason: null,
        termsViolation: false,
        feedback: `Restored on appeal by the Ministry: ${input.note}`,
        decidedAt,
      };
      if (kind === 'post') {
        const post = await tx.post.update({
          where: { id: contentId },
          data: restored,
          select: { topicId: true, revisionOfId: true },
        });
        topicId = post.topicId;
        // A revision restored on appeal does what its approval would have done
        // (docs/product.md §17): its text replaces its statement's, which keeps its own tags.
        if (post.revisionOfId) {
          await applyApprovedRevision(
            (sql, ...params) => tx.$queryRawUnsafe(sql, ...params),
            contentId,
            null,
          );
        }
      } else {
        await tx.topic.update({ where: { id: contentId }, data: restored });
      }
      // Published content is searchable in chat like any other.
      await embedContentJob.enqueue((sql, ...params) => tx.$executeRawUnsafe(sql, ...params), {
        kind,
        id: contentId,
      });
    }
    await recordModerationEvent(
      tx,
      {
        idempotencyKey: `appeal:${input.appealId}`,
        userId: appeal.appellant_id,
        kind: input.outcome === 'sustained' ? 'appeal_sustained' : 'appeal_denied',
        actorId: reviewer.id,
        appealId: input.appealId,
        delta,
        ...target,
      },
      loyaltyWeights,
    );
    const notified = await notify(tx, [
      { userId: appeal.appellant_id, text: appealNotice(input.outcome, input.note) },
    ]);
    await tx.appeal.update({
      where: { id: input.appealId },
      data: { status: input.outcome, reviewerId: reviewer.id, decisionNote: input.note, decidedAt },
    });
    await writeAudit(tx, reviewer, {
      action: `appeal.${input.outcome === 'sustained' ? 'sustain' : 'deny'}`,
      targetType: 'appeal',
      targetId: input.appealId,
      before: { status: 'pending' },
      after: { status: input.outcome, note: input.note, kind, contentId, delta },
      requestId: deps.requestId,
    });
    return { appellantId: appeal.appellant_id, kind, contentId, topicId, decidedAt, notified };
  });

  // After the commit: the score mirror, and the item appearing live where people watch.
  const published =
    input.outcome !== 'sustained'
      ? null
      : outcome.kind === 'post'
        ? postEvent(
            'decided',
            { id: outcome.contentId, topicId: outcome.topicId! },
            'approved',
            outcome.decidedAt,
          )
        : topicEvent('decided', outcome.contentId, 'approved', outcome.decidedAt);
  await Promise.all([
    syncStoredScore(db, redis, outcome.appellantId),
    published ? publishQueueEvent(redis, published) : null,
    publishDispatches(redis, outcome.notified),
  ]);
  return { id: input.appealId, status: input.outcome, decidedAt: outcome.decidedAt };
}
