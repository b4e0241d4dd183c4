import { decideHeldItem, listHeldForReview } from '@overlord/core';

import { authorized, createTRPCRouter } from '../trpc.ts';
import { decideHeldInput, decideHeldOutput, heldListInput, heldListOutput } from './held.schema.ts';

/** Items held because screening failed or timed out (docs/product.md §6), for moderators. */
export const heldRouter = createTRPCRouter({
  /** Oldest first, each with the reason the screen could not decide. */
  list: authorized('moderate')
    .input(heldListInput)
    .output(heldListOutput)
    .query(({ ctx, input }) => listHeldForReview(ctx.db, ctx.actor, input)),

  /** Release to its queue (the Overlord judges it in order) or reject as a terms violation. */
  decide: authorized('moderate')
    .input(decideHeldInput)
    .output(decideHeldOutput)
    .mutation(({ ctx, input }) =>
      decideHeldItem(ctx, ctx.actor, { ...input, requestId: ctx.requestId }),
    ),
});
