import {
  getPostStatus,
  getStatementPage,
  listTopicPosts,
  renderStatement,
  revisePost,
  submitPost,
  withdrawPost,
} from '@overlord/core';
import { TRPCError } from '@trpc/server';

import { actorCan, authorized, createTRPCRouter, publicProcedure } from '../trpc.ts';
import {
  listTopicPostsInput,
  listTopicPostsOutput,
  postStatusInput,
  postStatusOutput,
  previewInput,
  previewOutput,
  revisePostInput,
  revisePostOutput,
  statementInput,
  statementOutput,
  submitPostInput,
  submitPostOutput,
  withdrawInput,
  withdrawOutput,
} from './posts.schema.ts';

const noSuchStatement = () =>
  new TRPCError({ code: 'NOT_FOUND', message: 'No such statement on record.' });

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
      if (!status) throw noSuchStatement();
      return status;
    }),

  /** A statement's own page (docs/product.md §17); who sees what is decided in core. */
  get: publicProcedure
    .input(statementInput)
    .output(statementOutput)
    .query(async ({ ctx, input }) => {
      const page = await getStatementPage(ctx.db, input.id, {
        id: ctx.actor?.id ?? null,
        seesAllRejected: ctx.actor ? await actorCan(ctx, 'seeAllRejected') : false,
      });
      if (!page) throw noSuchStatement();
      return page;
    }),

  /**
   * The compose form's preview: exactly what the page will show. A mutation only because a
   * statement of 10,000 characters does not fit in a GET query string; it changes nothing.
   */
  preview: publicProcedure
    .input(previewInput)
    .output(previewOutput)
    .mutation(({ input }) => ({ html: renderStatement(input.body) })),

  withdraw: authorized('submitPost')
    .input(withdrawInput)
    .output(withdrawOutput)
    .mutation(({ ctx, input }) => withdrawPost(ctx, ctx.actor, input.id)),

  submit: authorized('submitPost')
    .input(submitPostInput)
    .output(submitPostOutput)
    .mutation(({ ctx, input }) => submitPost(ctx, ctx.actor, input)),

  /**
   * A new text for one's own approved statement (docs/product.md §17): queued and judged like
   * any statement; the approved text stands until the revision is approved.
   */
  revise: authorized('submitPost')
    .input(revisePostInput)
    .output(revisePostOutput)
    .mutation(({ ctx, input }) => revisePost(ctx, ctx.actor, input)),
});
