import { evaluateMessage } from '@overlord/core';
import { parsePayload } from '@overlord/jobs';

import type { TaskFactory } from './types.ts';

/**
 * Judges one private message. Idempotent: a re-run finds the message decided and does nothing.
 * Errors (the judge failed) are thrown so graphile-worker retries with backoff; an error never
 * becomes an approval.
 */
export const evaluateMessageTask: TaskFactory = (deps) => async (payload, helpers) => {
  const { messageId } = parsePayload('evaluate-message', payload);
  const outcome = await evaluateMessage(deps, messageId);
  helpers.logger.debug(`evaluate-message ${messageId}: ${JSON.stringify(outcome)}`);
};
