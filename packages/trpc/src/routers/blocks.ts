import { blockCitizen, listBlocked, unblockCitizen } from '@overlord/core';

import { authorized, createTRPCRouter } from '../trpc.ts';
import { blockedListOutput, blockInput, blockOutput } from './blocks.schema.ts';

/**
 * Blocking (docs/product.md §20): one's own list, read and changed by its owner alone. Nothing
 * here tells the blocked citizen, and no procedure answers "who blocked me".
 */
export const blocksRouter = createTRPCRouter({
  add: authorized('manageOwnAccount')
    .input(blockInput)
    .output(blockOutput)
    .mutation(({ ctx, input }) => blockCitizen(ctx.db, ctx.actor, input.username)),

  remove: authorized('manageOwnAccount')
    .input(blockInput)
    .output(blockOutput)
    .mutation(({ ctx, input }) => unblockCitizen(ctx.db, ctx.actor, input.username)),

  list: authorized('manageOwnAccount')
    .output(blockedListOutput)
    .query(({ ctx }) => listBlocked(ctx.db, ctx.actor)),
});
