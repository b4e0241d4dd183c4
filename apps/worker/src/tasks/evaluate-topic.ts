import { evaluateTopic } from '@overlord/core';
import { parsePayload } from '@overlord/jobs';

import type { TaskFactory } from './types.ts';

/** Judges one topic proposal from the global FIFO queue; idempotent like evaluate-post. */
export const evaluateTopicTask: TaskFactory = (deps) => async (payload, helpers) => {
  const { topicId } = parsePayload('evaluate-topic', payload);
  const outcome = await evaluateTopic(deps, topicId);
  helpers.logger.debug(`evaluate-topic ${topicId}: ${JSON.stringify(outcome)}`);
};
