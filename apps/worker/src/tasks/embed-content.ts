import { embedContent } from '@overlord/core';
import { embedContentJob } from '@overlord/jobs';

import { defineTask } from './define.ts';

/** Embeds one approved item for chat retrieval. Idempotent (upsert per content and model). */
export const embedContentTask = defineTask(embedContentJob, async (item, _helpers, deps) => {
  await embedContent(deps, [item]);
});
