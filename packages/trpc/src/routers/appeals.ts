import { appealQueue, decideAppeal, fileAppeal } from '@overlord/core';

import { authorized, createTRPCRouter } from '../trpc.ts';
import {
  appealQueueInput,
  appealQueueOutput,
  decideAppealInput,
  decideAppealOutput,
  fileAppealInput,
  fileAppealOutput,
} from './appeals.schema.ts';

export const appealsRouter = createTRPCRouter({
  /** The author of a rejected statement or topic proposal asks for a human review. */
  file: authorized('appealAndFlag')
    .input(fileAppealInput)
    .output(fileAppealOutput)
    .mutation(({ ctx, input }) => fileAppeal(ctx, ctx.actor, input)),

  /** Pending appeals, oldest first, for the Ministry's officials. */
  queue: authorized('moderate')
    .input(appealQueueInput)
    .output(appealQueueOutput)
    .query(({ ctx, input }) => appealQueue(ctx.db, input)),

  decide: authorized('moderate')
    .input(decideAppealInput)
    .output(decideAppealOutput)
    .mutation(({ ctx, input }) => decideAppeal(ctx, ctx.actor, input)),
});
