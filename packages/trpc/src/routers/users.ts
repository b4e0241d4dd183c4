import {
  citizenActivity,
  findCitizenByUsername,
  getCitizenProfile,
  graveyardOf,
  leaderboardPage,
  registryPage,
} from '@overlord/core';
import { TRPCError } from '@trpc/server';

import { actorCan, authorized, createTRPCRouter, publicProcedure } from '../trpc.ts';
import {
  activityInput,
  activityOutput,
  graveyardInput,
  graveyardOutput,
  leaderboardInput,
  leaderboardOutput,
  profileInput,
  profileOutput,
  registryInput,
  registryOutput,
} from './users.schema.ts';

const noSuchCitizen = () =>
  new TRPCError({ code: 'NOT_FOUND', message: 'No such citizen in the Registry.' });

export const usersRouter = createTRPCRouter({
  profile: publicProcedure
    .input(profileInput)
    .output(profileOutput)
    .query(async ({ ctx, input }) => {
      const profile = await getCitizenProfile(ctx, ctx.actor, input.username);
      if (!profile) throw noSuchCitizen();
      return profile;
    }),

  /** Public statements only (approved or in evaluation), newest first. */
  activity: publicProcedure
    .input(activityInput)
    .output(activityOutput)
    .query(async ({ ctx, input }) => {
      const activity = await citizenActivity(ctx.db, input);
      if (!activity) throw noSuchCitizen();
      return activity;
    }),

  leaderboard: publicProcedure
    .input(leaderboardInput)
    .output(leaderboardOutput)
    .query(({ ctx, input }) => leaderboardPage(ctx, input)),

  registry: publicProcedure
    .input(registryInput)
    .output(registryOutput)
    .query(({ ctx, input }) => registryPage(ctx, input)),

  /** One's own rejected content; moderators+ may name any citizen (docs/product.md §2). */
  graveyard: authorized('seeOwnRejected')
    .input(graveyardInput)
    .output(graveyardOutput)
    .query(async ({ ctx, input }) => {
      const own =
        !input.username || input.username.toLowerCase() === ctx.actor.username.toLowerCase();
      if (!own && !(await actorCan(ctx, 'seeAllRejected')))
        throw new TRPCError({
          code: 'FORBIDDEN',
          message:
            'Another citizen’s Graveyard is sealed. Only the Ministry’s officials may enter.',
        });
      const target = own
        ? { id: ctx.actor.id, username: ctx.actor.username }
        : await findCitizenByUsername(ctx.db, input.username!);
      if (!target) throw noSuchCitizen();
      const page = await graveyardOf(ctx.db, { userId: target.id, ...input });
      return { username: target.username, ...page };
    }),
});
