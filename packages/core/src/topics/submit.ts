// Topic proposals (docs/product.md §4): screened synchronously, then either rejected at once (never
// public) or public "in evaluation" in the single global FIFO queue of proposals.
// Who may propose is decided by the permission table (createTopic), before this runs.
import { enqueueReview, reviewJob } from '@overlord/jobs';

import type { Actor, Deps } from '../deps.ts';
import { publishQueueEvent, topicEvent } from '../live.ts';
import { assertWithinSubmissionLimit } from '../limits/submission-limits.ts';
import { assertMaySubmit } from '../sanctions/enforce.ts';
import { lockQueueAndStamp } from '../queue-order.ts';
import { rejectAtOnce } from '../moderation/reject-at-once.ts';
import { screenFailClosed } from '../screening.ts';

export interface SubmitTopicInput {
  title: string;
  description: string;
}

export interface SubmitTopicResult {
  id: string;
  status: 'pending' | 'rejected';
  submittedAt: Date;
  feedback: string | null;
}

export async function submitTopic(
  deps: Deps,
  actor: Actor,
  input: SubmitTopicInput,
): Promise<SubmitTopicResult> {
  await Promise.all([
    assertMaySubmit(deps.db, actor.id),
    assertWithinSubmissionLimit(deps, actor.id, 'topic'),
  ]);
  const screen = await screenFailClosed(deps.overlord, {
    text: `${input.title}\n\n${input.description}`,
    kind: 'topic',
  });
  if (screen.kind !== 'passed') {
    const { row: topic, feedback } = await rejectAtOnce(deps, {
      kind: 'topic',
      authorId: actor.id,
      screen,
      create: (tx, fields) =>
        tx.topic.create({
          data: {
            title: input.title,
            description: input.description,
            authorId: actor.id,
            ...fields,
          },
          select: { id: true, submittedAt: true },
        }),
    });
    return { id: topic.id, status: 'rejected', submittedAt: topic.submittedAt, feedback };
  }

  const topic = await deps.db.$transaction(async (tx) => {
    // The one global queue (docs/product.md §4): strict FIFO across all proposals.
    const now = await lockQueueAndStamp(tx, reviewJob('topic', null).queue);
    const created = await tx.topic.create({
      data: {
        title: input.title,
        description: input.description,
        authorId: actor.id,
        status: 'pending',
        submittedAt: now,
      },
      select: { id: true, submittedAt: true },
    });
    await enqueueReview((sql, ...params) => tx.$executeRawUnsafe(sql, ...params), 'topic', null, {
      runAt: created.submittedAt,
    });
    // Before the commit, so the worker's "in review" cannot overtake it (see posts/submit.ts).
    await publishQueueEvent(
      deps.redis,
      topicEvent('submitted', created.id, 'pending', created.submittedAt),
    );
    return created;
  });
  return { id: topic.id, status: 'pending', submittedAt: topic.submittedAt, feedback: null };
}
