import { evaluatePost } from '@overlord/core';
import { parsePayload } from '@overlord/jobs';

import type { TaskFactory } from './types.ts';

/**
 * Judges one post. Idempotent: a re-run (after a crash between the verdict commit and the job's
 * completion) finds the post decided and does nothing. Errors (the judge failed) are thrown so
 * graphile-worker retries with backoff; an error never becomes an approval.
 */
export const evaluatePostTask: TaskFactory = (deps) => async (payload, helpers) => {
  const { postId } = parsePayload('evaluate-post', payload);
  const outcome = await evaluatePost(deps, postId);
  helpers.logger.debug(`evaluate-post ${postId}: ${JSON.stringify(outcome)}`);
};
