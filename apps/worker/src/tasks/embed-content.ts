import { embedContent } from '@overlord/core';
import { parsePayload } from '@overlord/jobs';

import type { TaskFactory } from './types.ts';

/** Embeds one approved item for chat retrieval. Idempotent (upsert per content and model). */
export const embedContentTask: TaskFactory = (deps) => async (payload) => {
  const item = parsePayload('embed-content', payload);
  await embedContent(deps, [item]);
};
