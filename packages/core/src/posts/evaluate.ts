// The worker's half of the post flow: judge one queued post and apply the verdict exactly once.
import type { EvaluateResult } from '@overlord/overlord';

import type { Deps } from '../deps.ts';
import { syncCitizenScore } from '../leaderboard/ranking.ts';
import { postEvent, publishQueueEvent } from '../live.ts';
import { publishDispatches } from '../notifications/live.ts';
import { readSettings } from '../settings/store.ts';
import { textForJudgement } from '../translation/translations.ts';
import { applyPostVerdict, claimPostForReview } from './review-sql.ts';

export type EvaluatePostOutcome =
  | { kind: 'decided'; status: EvaluateResult['verdict'] }
  /** Already decided by an earlier run (crash after commit): nothing to do. */
  | { kind: 'skipped'; reason: string };

export async function evaluatePost(deps: Deps, postId: string): Promise<EvaluatePostOutcome> {
  const { db, overlord, redis } = deps;
  const post = await claimPostForReview(db, postId);
  if (!post) return { kind: 'skipped', reason: 'post gone or already decided' };
  // Announced while the judge works: the round trip to Redis overlaps the evaluation.
  // (publishQueueEvent never rejects; a Redis outage only loses the live event.)
  const announced = post.newlyClaimed
    ? publishQueueEvent(redis, postEvent('in_review', post, 'pending', post.reviewStartedAt))
    : null;

  // docs/product.md §13: moderation judges the English (translated and stored once when a provider
  // is set).
  const judged = await textForJudgement(deps, { kind: 'post', id: post.id, text: post.body });
  const result = await overlord
    .evaluate({
      kind: 'post',
      text: judged.text,
      topic: { title: post.topicTitle, description: post.topicDescription, tags: post.topicTags },
      ...(post.parentBody !== null ? { parent: { text: post.parentBody } } : {}),
      knownTags: post.topicTags,
    })
    .finally(() => announced);

  // The weights in force when the verdict is written (a change applies to the next verdict).
  const { loyaltyWeights } = await readSettings(deps);
  const applied = await applyPostVerdict(db, post, result, judged, loyaltyWeights);
  if (!applied) return { kind: 'skipped', reason: 'decided concurrently' };

  await Promise.all([
    publishQueueEvent(redis, postEvent('decided', post, result.verdict, applied.decidedAt)),
    applied.notified.length > 0 ? publishDispatches(redis, applied.notified) : null,
    applied.author?.ranked ? syncCitizenScore(redis, applied.author) : null,
  ]);
  return { kind: 'decided', status: result.verdict };
}
