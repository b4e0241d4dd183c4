import { embedContent, staleContent } from '@overlord/core';
import { reembedContentJob } from '@overlord/jobs';

import { defineTask } from './define.ts';

const BATCH = 64;

/**
 * After an embedding-provider change (or for content approved before embeddings existed):
 * embeds, batch by batch, every approved item without a vector from the current model, and
 * drops the old model's rows. Added at worker start-up; a no-op when nothing is stale.
 */
export const reembedContentTask = defineTask(reembedContentJob, async (_payload, helpers, deps) => {
  let total = 0;
  for (;;) {
    const batch = await staleContent(deps.db, deps.overlord.embeddingModel, BATCH);
    if (batch.length === 0) break;
    const done = await embedContent(deps, batch);
    total += batch.length;
    if (done === 0) break; // nothing embeddable left in this batch (hidden meanwhile)
  }
  if (total)
    helpers.logger.info(`reembed-content: ${total} item(s) for ${deps.overlord.embeddingModel}`);
});
