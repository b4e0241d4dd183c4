import { getPostStatus, listTopicPosts, submitPost } from '@overlord/core';
import { TRPCError } from '@trpc/server';

import { authorized, createTRPCRouter, publicProcedure } from '../trpc.ts';
import {
  listTopicPostsInput,
  listTopicPostsOutput,
  postStatusInput,
  postStatusOutput,
  submitPostInput,
  submitPostOutput,
} from './posts.schema.ts';

export const postsRouter = createTRPCRouter({
  byTopic: publicProcedure
    .input(listTopicPostsInput)
    .output(listTopicPostsOutput)
    .query(({ ctx, input }) => listTopicPosts(ctx.db, input)),

  status: publicProcedure
    .input(postStatusInput)
    .output(postStatusOutput)
    .query(async ({ ctx, input }) => {
      const status = await getPostStatus(ctx, input.id, ctx.actor?.id ?? null);
      if (!status)
        throw new TRPCError({ code: 'NOT_FOUND', message: 'No such statement on record.' });
      return status;
    }),

  submit: authorized('submitPost')
    .input(submitPostInput)
    .output(submitPostOutput)
    .mutation(({ ctx, input }) => submitPost(ctx, ctx.actor, input)),
});
