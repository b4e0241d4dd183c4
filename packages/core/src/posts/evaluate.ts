// The worker's half of the post flow: judge one queued post and apply the verdict exactly once.
import { enqueue } from '@overlord/jobs';
import type { EvaluateResult } from '@overlord/overlord';

import type { Deps } from '../deps.ts';
import { publishPostEvent } from '../live.ts';
import { recordModerationEvent } from '../loyalty.ts';
import { attachTags } from '../tags.ts';
import { textForJudgement } from '../translation/translations.ts';
import { verdictFields } from '../verdict.ts';

export type EvaluatePostOutcome =
  | { kind: 'decided'; status: EvaluateResult['verdict'] }
  /** Already decided by an earlier run (crash after commit): nothing to do. */
  | { kind: 'skipped'; reason: string };

export async function evaluatePost(deps: Deps, postId: string): Promise<EvaluatePostOutcome> {
  const { db, overlord, redis } = deps;
  const post = await db.post.findUnique({
    where: { id: postId },
    select: {
      id: true,
      body: true,
      status: true,
      authorId: true,
      reviewStartedAt: true,
      topic: {
        select: {
          id: true,
          title: true,
          description: true,
          tags: { select: { tag: { select: { slug: true } } } },
        },
      },
      parent: { select: { body: true } },
    },
  });
  if (!post) return { kind: 'skipped', reason: 'post no longer exists' };
  if (post.status !== 'pending') return { kind: 'skipped', reason: `already ${post.status}` };

  if (!post.reviewStartedAt) {
    const started = await db.post.update({
      where: { id: post.id },
      data: { reviewStartedAt: new Date() },
      select: { reviewStartedAt: true },
    });
    await publishPostEvent(redis, {
      type: 'post.in_review',
      postId: post.id,
      topicId: post.topic.id,
      status: 'pending',
      at: started.reviewStartedAt!.toISOString(),
    });
  }

  const topicTags = post.topic.tags.map((t) => t.tag.slug);
  // SPEC §13: moderation judges the English (translated and stored once when a provider is set).
  const judged = await textForJudgement(deps, { kind: 'post', id: post.id, text: post.body });
  const result = await overlord.evaluate({
    kind: 'post',
    text: judged.text,
    topic: { title: post.topic.title, description: post.topic.description, tags: topicTags },
    ...(post.parent ? { parent: { text: post.parent.body } } : {}),
    knownTags: topicTags,
  });

  const decidedAt = await db.$transaction(async (tx) => {
    // Conditional on still pending: a concurrent or repeated run cannot decide twice.
    const { count } = await tx.post.updateMany({
      where: { id: post.id, status: 'pending' },
      data: verdictFields(result, judged),
    });
    if (count === 0) return null;
    if (result.verdict !== 'calibrate') {
      await recordModerationEvent(tx, {
        idempotencyKey: `verdict:post:${post.id}`,
        userId: post.authorId,
        kind: result.verdict === 'approved' ? 'post_approved' : 'post_rejected',
        reasonCodes: result.findings.map((finding) => finding.code),
        postId: post.id,
      });
    }
    if (result.verdict === 'approved' && result.tags.length > 0) {
      await attachTags(tx, { postId: post.id }, result.tags);
    }
    if (result.verdict === 'approved') {
      // Public now, so retrievable by chat: embedded by its own job, committed with the verdict.
      await enqueue(
        (sql, ...params) => tx.$executeRawUnsafe(sql, ...params),
        'embed-content',
        { kind: 'post', id: post.id },
        { jobKey: `embed-content:post:${post.id}` },
      );
    }
    return new Date();
  });
  if (!decidedAt) return { kind: 'skipped', reason: 'decided concurrently' };

  await publishPostEvent(redis, {
    type: 'post.decided',
    postId: post.id,
    topicId: post.topic.id,
    status: result.verdict,
    at: decidedAt.toISOString(),
  });
  return { kind: 'decided', status: result.verdict };
}
