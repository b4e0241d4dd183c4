import {
  cacheFigures,
  communityFigures,
  modelFigures,
  queueFigures,
  throughputFigures,
} from '@overlord/core';

import { authorized, createTRPCRouter } from '../trpc.ts';
import {
  cacheOutput,
  communityOutput,
  modelOutput,
  queuesOutput,
  throughputOutput,
} from './dashboard.schema.ts';

/**
 * The admin dashboard (docs/product.md §18): one procedure per figure, each read from the
 * database or from aggregates every instance persists, never from this process's memory.
 */
export const dashboardRouter = createTRPCRouter({
  /** Depth, oldest wait and held items per queue kind; the busiest topics. */
  queues: authorized('seeDashboard')
    .output(queuesOutput)
    .query(({ ctx }) => queueFigures(ctx.db)),

  /** Verdicts per minute over the last hour. */
  throughput: authorized('seeDashboard')
    .output(throughputOutput)
    .query(({ ctx }) => throughputFigures(ctx.db)),

  /** Per day: judging time and model-call latency p50/p99, model call error rate, spend. */
  model: authorized('seeDashboard')
    .output(modelOutput)
    .query(({ ctx }) => modelFigures(ctx.db)),

  /** Semantic cache hit rate per day. */
  cache: authorized('seeDashboard')
    .output(cacheOutput)
    .query(({ ctx }) => cacheFigures(ctx.db)),

  /** Active and returning citizens; pending appeals and reports with their oldest age. */
  community: authorized('seeDashboard')
    .output(communityOutput)
    .query(({ ctx }) => communityFigures(ctx.db)),
});
