import { queueOverview } from '@overlord/core';

import { createTRPCRouter, publicProcedure } from '../trpc.ts';
import { queueOverviewOutput } from './queues.schema.ts';

const STAFF = new Set(['moderator', 'admin', 'superadmin']);

export const queuesRouter = createTRPCRouter({
  overview: publicProcedure
    .output(queueOverviewOutput)
    .query(({ ctx }) =>
      queueOverview(ctx.db, { includePreviews: ctx.actor !== null && STAFF.has(ctx.actor.role) }),
    ),
});
