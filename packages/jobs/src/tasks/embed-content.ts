import { z } from 'zod';

import { BACKGROUND_PRIORITY, defineJob } from '../define.ts';

/** Embed one approved public item for chat retrieval. */
export const embedContentJob = defineJob({
  name: 'embed-content',
  payload: z.object({ kind: z.enum(['topic', 'post']), id: z.uuid() }),
  key: ({ kind, id }) => `embed-content:${kind}:${id}`,
  keyMode: 'preserve_run_at',
  priority: BACKGROUND_PRIORITY,
});
