// The worker's half of a topic proposal (docs/product.md §4): the Topic Approval Bureau judges it,
// once. Approved: live with the Overlord's tags. Rejected: leaves public view for the author's
// Graveyard. Calibrate: returned to the author with guidance (counts neither way).
import { embedContentJob } from '@overlord/jobs';
import type { EvaluateResult } from '@overlord/overlord';

import type { Deps } from '../deps.ts';
import { syncStoredScore } from '../leaderboard/ranking.ts';
import { publishQueueEvent, topicEvent } from '../live.ts';
import { recordModerationEvent } from '../loyalty.ts';
import { notify, publishDispatches, verdictNotice } from '../notifications/index.ts';
import { readSettings } from '../settings/store.ts';
import { attachTags } from '../tags.ts';
import { textForJudgement } from '../translation/translations.ts';
import { verdictFields } from '../verdict.ts';

export type EvaluateTopicOutcome =
  { kind: 'decided'; status: EvaluateResult['verdict'] } | { kind: 'skipped'; reason: string };

export async function evaluateTopic(deps: Deps, topicId: string): Promise<EvaluateTopicOutcome> {
  const { db, overlord, redis } = deps;
  const topic = await db.topic.findUnique({
    where: { id: topicId },
    select: {
      id: true,
      title: true,
      description: true,
      status: true,
      authorId: true,
      reviewStartedAt: true,
    },
  });
  if (!topic) return { kind: 'skipped', reason: 'topic no longer exists' };
  if (topic.status !== 'pending') return { kind: 'skipped', reason: `already ${topic.status}` };

  if (!topic.reviewStartedAt) {
    const { reviewStartedAt } = await db.topic.update({
      where: { id: topic.id },
      data: { reviewStartedAt: new Date() },
      select: { reviewStartedAt: true },
    });
    await publishQueueEvent(redis, topicEvent('in_review', topic.id, 'pending', reviewStartedAt!));
  }
  const knownTags = (await db.tag.findMany({ select: { slug: true }, take: 500 })).map(
    (t) => t.slug,
  );
  const judged = await textForJudgement(deps, {
    kind: 'topic',
    id: topic.id,
    text: `${topic.title}\n\n${topic.description}`,
  });
  const result = await overlord.evaluate({
    kind: 'topic',
    title: topic.title,
    text: judged.text,
    knownTags,
  });

  const fields = verdictFields(result, judged);
  // The weights in force when the verdict is written (a change applies to the next verdict).
  const weights = (await readSettings(deps)).loyaltyWeights;
  const decided = await db.$transaction(async (tx) => {
    const { count } = await tx.topic.updateMany({
      where: { id: topic.id, status: 'pending' },
      data: fields,
    });
    if (count === 0) return null;
    if (result.verdict !== 'calibrate' && topic.authorId) {
      await recordModerationEvent(
        tx,
        {
          idempotencyKey: `verdict:topic:${topic.id}`,
          userId: topic.authorId,
          kind: result.verdict === 'approved' ? 'topic_approved' : 'topic_rejected',
          reasonCodes: result.findings.map((finding) => finding.code),
          topicId: topic.id,
        },
        weights,
      );
    }
    const notified = topic.authorId
      ? await notify(tx, [
          {
            userId: topic.authorId,
            text: verdictNotice(
              { kind: 'topic', topicId: topic.id },
              result.verdict,
              result.feedback,
            ),
          },
        ])
      : [];
    if (result.verdict === 'approved') {
      if (result.tags.length > 0) await attachTags(tx, { topicId: topic.id }, result.tags);
      await embedContentJob.enqueue((sql, ...params) => tx.$executeRawUnsafe(sql, ...params), {
        kind: 'topic',
        id: topic.id,
      });
    }
    return { notified };
  });
  if (!decided) return { kind: 'skipped', reason: 'decided concurrently' };
  await Promise.all([
    publishQueueEvent(redis, topicEvent('decided', topic.id, result.verdict, fields.decidedAt)),
    publishDispatches(redis, decided.notified),
    topic.authorId && result.verdict !== 'calibrate'
      ? syncStoredScore(db, redis, topic.authorId)
      : null,
  ]);
  return { kind: 'decided', status: result.verdict };
}
