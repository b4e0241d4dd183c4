import { applySanction, escalateSanction, liftSanction, sanctionsOf } from '@overlord/core';
import { TRPCError } from '@trpc/server';

import { authorized, createTRPCRouter } from '../trpc.ts';
import {
  applySanctionInput,
  escalateSanctionInput,
  liftSanctionInput,
  sanctionListOutput,
  sanctionOutput,
  sanctionsOfInput,
} from './sanctions.schema.ts';

/**
 * docs/product.md §10: moderators+ apply sanctions; admins+ lift or escalate them. Every change is
 * audited.
 */
export const sanctionsRouter = createTRPCRouter({
  impose: authorized('moderate')
    .input(applySanctionInput)
    .output(sanctionOutput)
    .mutation(({ ctx, input }) =>
      applySanction(ctx, ctx.actor, { ...input, requestId: ctx.requestId }),
    ),

  lift: authorized('escalateSanctions')
    .input(liftSanctionInput)
    .output(sanctionOutput)
    .mutation(({ ctx, input }) =>
      liftSanction(ctx, ctx.actor, { ...input, requestId: ctx.requestId }),
    ),

  escalate: authorized('escalateSanctions')
    .input(escalateSanctionInput)
    .output(sanctionOutput)
    .mutation(({ ctx, input }) =>
      escalateSanction(ctx, ctx.actor, { ...input, requestId: ctx.requestId }),
    ),

  /** A citizen's sanctions, newest first, for the Ministry's officials. */
  ofCitizen: authorized('moderate')
    .input(sanctionsOfInput)
    .output(sanctionListOutput)
    .query(async ({ ctx, input }) => {
      const list = await sanctionsOf(ctx.db, { username: input.username });
      if (!list)
        throw new TRPCError({ code: 'NOT_FOUND', message: 'No such citizen in the Registry.' });
      return list;
    }),

  /** One's own sanctions: the account page tells a citizen why their speech is restricted. */
  mine: authorized('manageOwnAccount')
    .output(sanctionListOutput)
    .query(async ({ ctx }) => (await sanctionsOf(ctx.db, { userId: ctx.actor.id })) ?? []),
});
