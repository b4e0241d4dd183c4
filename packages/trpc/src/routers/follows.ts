import {
  followState,
  followTopic,
  listFollowed,
  markTopicSeen,
  unfollowTopic,
} from '@overlord/core';

import { authorized, createTRPCRouter } from '../trpc.ts';
import {
  followedListOutput,
  followInput,
  followOutput,
  followStateOutput,
} from './follows.schema.ts';

/** Following topics (docs/product.md §21): one's own follows only. */
export const followsRouter = createTRPCRouter({
  follow: authorized('manageOwnAccount')
    .input(followInput)
    .output(followOutput)
    .mutation(({ ctx, input }) => followTopic(ctx.db, ctx.actor, input.topicId)),

  unfollow: authorized('manageOwnAccount')
    .input(followInput)
    .output(followOutput)
    .mutation(({ ctx, input }) => unfollowTopic(ctx.db, ctx.actor, input.topicId)),

  state: authorized('manageOwnAccount')
    .input(followInput)
    .output(followStateOutput)
    .query(({ ctx, input }) => followState(ctx.db, ctx.actor, input.topicId)),

  /** A write, so a mutation (every query is read-only): the topic page sends it once seen. */
  markSeen: authorized('manageOwnAccount')
    .input(followInput)
    .output(followOutput)
    .mutation(({ ctx, input }) => markTopicSeen(ctx.db, ctx.actor, input.topicId)),

  list: authorized('manageOwnAccount')
    .output(followedListOutput)
    .query(({ ctx }) => listFollowed(ctx.db, ctx.actor)),
});
