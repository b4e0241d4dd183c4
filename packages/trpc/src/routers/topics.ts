import { getTopic, getTopicStatus, listTopics, submitTopic } from '@overlord/core';
import { TRPCError } from '@trpc/server';

import { authorized, createTRPCRouter, publicProcedure } from '../trpc.ts';
import {
  createTopicInput,
  createTopicOutput,
  getTopicInput,
  listTopicsInput,
  listTopicsOutput,
  topicStatusInput,
  topicStatusOutput,
  topicSummaryOutput,
} from './topics.schema.ts';

export const topicsRouter = createTRPCRouter({
  list: publicProcedure
    .input(listTopicsInput)
    .output(listTopicsOutput)
    .query(({ ctx, input }) => listTopics(ctx.db, input)),

  get: publicProcedure
    .input(getTopicInput)
    .output(topicSummaryOutput)
    .query(async ({ ctx, input }) => {
      const topic = await getTopic(ctx.db, input.id);
      if (!topic)
        throw new TRPCError({
          code: 'NOT_FOUND',
          message: 'No such topic exists in the public record.',
        });
      return topic;
    }),

  /**
   * A proposal's place in the global queue, estimate and commentary: public while it is public,
   * its author's alone once rejected or returned (docs/product.md §4, §7).
   */
  status: publicProcedure
    .input(topicStatusInput)
    .output(topicStatusOutput)
    .query(async ({ ctx, input }) => {
      const status = await getTopicStatus(ctx, input.id, ctx.actor?.id ?? null);
      if (!status)
        throw new TRPCError({ code: 'NOT_FOUND', message: 'No such topic proposal on record.' });
      return status;
    }),

  /** Moderators+ and citizens in the live top 10% by loyalty (permission table). */
  create: authorized('createTopic')
    .input(createTopicInput)
    .output(createTopicOutput)
    .mutation(({ ctx, input }) => submitTopic(ctx, ctx.actor, input)),
});
