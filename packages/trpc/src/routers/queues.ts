import { cachedQueueOverview, withHeadCommentary } from '@overlord/core';

import { actorCan, createTRPCRouter, publicProcedure } from '../trpc.ts';
import { queueOverviewOutput } from './queues.schema.ts';

export const queuesRouter = createTRPCRouter({
  overview: publicProcedure.output(queueOverviewOutput).query(async ({ ctx }) =>
    withHeadCommentary(
      await cachedQueueOverview(ctx.db, {
        includePreviews: await actorCan(ctx, 'seeQueuePreviews'),
      }),
      ctx.overlord,
    ),
  ),
});
