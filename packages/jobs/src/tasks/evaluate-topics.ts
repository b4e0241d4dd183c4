import { z } from 'zod';

import { defineJob } from '../define.ts';

/** Judge the head of the one global queue of topic proposals, then re-queue. */
export const evaluateTopicsJob = defineJob({
  name: 'evaluate-topics',
  payload: z.looseObject({}),
  key: () => 'evaluate-topics',
  keyMode: 'preserve_run_at',
});
