import { type Deps, type ReviewPolicy, reviewNext } from '@overlord/core';
import { parsePayload, type ReviewKind } from '@overlord/jobs';
import type { Task } from 'graphile-worker';

/**
 * Runs one step of a review queue: judges its head (or finds it held by another run, or waiting
 * for its retry) and re-queues the queue. A judge failure is handled by the scheduler (retried
 * in place, held after the bound), so it does not fail the job; only an infrastructure error
 * (the database) does, and graphile-worker retries the job, which takes its own claim back.
 */
export const reviewQueueTask =
  (deps: Deps, kind: ReviewKind, policy: ReviewPolicy): Task =>
  async (payload, helpers) => {
    const entityId =
      kind === 'post'
        ? parsePayload('evaluate-posts', payload).topicId
        : kind === 'message'
          ? parsePayload('evaluate-messages', payload).conversationId
          : (parsePayload('evaluate-topics', payload), null);
    const step = await reviewNext(deps, kind, entityId, helpers.job.id, policy);
    if (step.kind === 'failed' || step.kind === 'held') {
      helpers.logger.warn(`review ${kind} ${step.itemId}: ${step.kind}: ${step.error}`);
    } else {
      helpers.logger.debug(`review ${kind} ${entityId ?? ''}: ${JSON.stringify(step)}`);
    }
  };
