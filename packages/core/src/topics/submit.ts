// Topic proposals (SPEC §4): screened synchronously, then either rejected at once (never public)
// or public "in evaluation" with its evaluate-topic job in the single global FIFO queue.
// Who may propose is decided by the permission table (createTopic), before this runs.
import type { Prisma } from '@overlord/db';
import { enqueue, TOPIC_QUEUE } from '@overlord/jobs';

import type { Actor, Deps } from '../deps.ts';
import { recordModerationEvent } from '../loyalty.ts';
import { HELD_FEEDBACK, screenFailClosed } from '../screening.ts';

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
  const screen = await screenFailClosed(deps.overlord, {
    text: `${input.title}\n\n${input.description}`,
    kind: 'topic',
  });
  if (screen.kind !== 'passed') {
    const feedback = screen.kind === 'failed' ? screen.result.reason : HELD_FEEDBACK;
    const topic = await deps.db.$transaction(async (tx) => {
      const created = await tx.topic.create({
        data: {
          title: input.title,
          description: input.description,
          authorId: actor.id,
          status: 'rejected',
          decidedAt: new Date(),
          rejectionReason: 'terms_violation',
          termsViolation: true,
          heldForReview: screen.kind === 'held',
          feedback,
          judge: `${deps.overlord.name}:screen`,
          evaluation:
            screen.kind === 'failed'
              ? (screen.result as Prisma.InputJsonValue)
              : { error: screen.reason },
        },
        select: { id: true, submittedAt: true },
      });
      await recordModerationEvent(tx, {
        idempotencyKey: `verdict:topic:${created.id}`,
        userId: actor.id,
        kind: 'topic_rejected',
        reasonCodes: [
          screen.kind === 'failed'
            ? `safety_${screen.result.category ?? 'unknown'}`
            : 'safety_unavailable',
        ],
        topicId: created.id,
      });
      return created;
    });
    return { id: topic.id, status: 'rejected', submittedAt: topic.submittedAt, feedback };
  }

  const topic = await deps.db.$transaction(async (tx) => {
    // The one global queue: the timestamp is taken under a lock so queue order = commit order.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('topics', 0))`;
    const [{ now }] = await tx.$queryRaw<[{ now: Date }]>`SELECT clock_timestamp() AS now`;
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
    await enqueue(
      (sql, ...params) => tx.$executeRawUnsafe(sql, ...params),
      'evaluate-topic',
      { topicId: created.id },
      {
        queueName: TOPIC_QUEUE,
        runAt: created.submittedAt,
        jobKey: `evaluate-topic:${created.id}`,
      },
    );
    return created;
  });
  return { id: topic.id, status: 'pending', submittedAt: topic.submittedAt, feedback: null };
}
