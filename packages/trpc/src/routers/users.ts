import { getProfile } from '@overlord/core';
import { TRPCError } from '@trpc/server';

import { createTRPCRouter, publicProcedure } from '../trpc.ts';
import { profileInput, profileOutput } from './users.schema.ts';

export const usersRouter = createTRPCRouter({
  profile: publicProcedure
    .input(profileInput)
    .output(profileOutput)
    .query(async ({ ctx, input }) => {
      const profile = await getProfile(ctx.db, ctx.actor, input.username);
      if (!profile)
        throw new TRPCError({ code: 'NOT_FOUND', message: 'No such citizen in the Registry.' });
      return profile;
    }),
});
