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

/** A new text for one's own approved statement (docs/product.md §17): judged, then in place. */
export const revisePostInput = z.object({
  /** The approved statement to revise. */
  id: postIdSchema,
  body: bodySchema,
});
