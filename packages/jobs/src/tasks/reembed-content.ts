import { z } from 'zod';

import { BACKGROUND_PRIORITY, defineJob } from '../define.ts';

/**
 * Embed what has no vector from the current embedding model (after a provider change). Added
 * at worker start-up.
 */
export const reembedContentJob = defineJob({
  name: 'reembed-content',
  payload: z.looseObject({}),
  key: () => 'reembed-content',
  priority: BACKGROUND_PRIORITY,
});
