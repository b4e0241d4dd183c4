import { decideFlag, fileFlag, flagQueue } from '@overlord/core';

import { authorized, createTRPCRouter } from '../trpc.ts';
import {
  decideFlagInput,
  decideFlagOutput,
  fileFlagInput,
  fileFlagOutput,
  flagQueueInput,
  flagQueueOutput,
} from './flags.schema.ts';

export const flagsRouter = createTRPCRouter({
  /** "Report treason": any citizen flags a public statement or topic. */
  file: authorized('appealAndFlag')
    .input(fileFlagInput)
    .output(fileFlagOutput)
    .mutation(({ ctx, input }) => fileFlag(ctx, ctx.actor, input)),

  /** Pending reports, oldest first, for the Ministry's officials. */
  queue: authorized('moderate')
    .input(flagQueueInput)
    .output(flagQueueOutput)
    .query(({ ctx, input }) => flagQueue(ctx.db, input)),

  decide: authorized('moderate')
    .input(decideFlagInput)
    .output(decideFlagOutput)
    .mutation(({ ctx, input }) => decideFlag(ctx, ctx.actor, input)),
});
