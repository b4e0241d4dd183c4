import { z } from 'zod';

import { postIdSchema, topicIdSchema } from './ids.ts';
import { bodySchema } from './text.ts';

export const submitPostInput = z.object({
  topicId: topicIdSchema,
  parentId: postIdSchema.nullish(),
  body: bodySchema,
  /** The author's own calibrated post this one improves on (calibrate → resubmit). */
  resubmissionOf: postIdSchema.nullish(),
});
