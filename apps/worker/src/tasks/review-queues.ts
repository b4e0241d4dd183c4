import { reviewNext } from '@overlord/core';
import {
  evaluateMessagesJob,
  evaluatePostsJob,
  evaluateTopicsJob,
  type ReviewKind,
} from '@overlord/jobs';
import type { JobHelpers } from 'graphile-worker';

import { defineTask, type TaskContext } from './define.ts';

/**
 * Runs one step of a review queue: judges its head (or finds it held by another run, or waiting
 * for its retry) and re-queues the queue. A judge failure is handled by the scheduler (retried
 * in place, held after the bound), so it does not fail the job; only an infrastructure error
 * (the database) does, and graphile-worker retries the job, which takes its own claim back.
 */
async function reviewStep(
  kind: ReviewKind,
  entityId: string | null,
  helpers: JobHelpers,
  context: TaskContext,
): Promise<void> {
  const step = await reviewNext(context, kind, entityId, helpers.job.id, context.reviewPolicy);
  if (step.kind === 'failed' || step.kind === 'held') {
    helpers.logger.warn(`review ${kind} ${step.itemId}: ${step.kind}: ${step.error}`);
  } else {
    helpers.logger.debug(`review ${kind} ${entityId ?? ''}: ${JSON.stringify(step)}`);
  }
}

export const evaluatePostsTask = defineTask(evaluatePostsJob, ({ topicId }, helpers, context) =>
  reviewStep('post', topicId, helpers, context),
);

export const evaluateTopicsTask = defineTask(evaluateTopicsJob, (_payload, helpers, context) =>
  reviewStep('topic', null, helpers, context),
);

export const evaluateMessagesTask = defineTask(
  evaluateMessagesJob,
  ({ conversationId }, helpers, context) => reviewStep('message', conversationId, helpers, context),
);
