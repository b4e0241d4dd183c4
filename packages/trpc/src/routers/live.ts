// Live updates over server-sent events (docs/product.md §7). Event ids are the Redis stream ids, so
// a client that reconnects (tRPC sends the last id back as `lastEventId`) resumes exactly after
// the last event it saw: nothing lost, nothing twice.
import { type StreamEntry, StreamLimitError, streams } from '@overlord/redis';
import { tracked, TRPCError } from '@trpc/server';
import type { z } from 'zod';

import type { Context } from '../context.ts';
import { authorized, createTRPCRouter, publicProcedure } from '../trpc.ts';
import {
  dispatchEventSchema,
  dispatchesLiveInput,
  isLogEvent,
  itemLiveInput,
  liveEventSchema,
  logLiveInput,
  queuesLiveInput,
  topicLiveInput,
} from './live.schema.ts';

/**
 * Validation result per stream entry. The hub hands the same entry object to every subscriber
 * of a stream, so with thousands watching, an event is parsed once, not once per subscriber.
 */
function parserOf<S extends z.ZodType>(schema: S) {
  const parsed = new WeakMap<StreamEntry, z.infer<S> | null>();
  return (entry: StreamEntry): z.infer<S> | null => {
    let event = parsed.get(entry);
    if (event === undefined) {
      const result = schema.safeParse(entry.event);
      event = result.success ? result.data : null;
      parsed.set(entry, event);
    }
    return event;
  };
}
const queueEvents = parserOf(liveEventSchema);
const dispatchEvents = parserOf(dispatchEventSchema);
/** The public log's share of the queue stream: decisions on topics and statements. */
const logEvents = (entry: StreamEntry) => {
  const event = queueEvents(entry);
  return event && isLogEvent(event) ? event : null;
};

/** Follows one stream through the process's hub, yielding tracked, validated events. */
async function* follow<T extends object>(
  ctx: Context,
  stream: string,
  lastEventId: string | null | undefined,
  signal: AbortSignal | undefined,
  parseOnce: (entry: StreamEntry) => T | null,
) {
  if (!ctx.hub)
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: 'Live updates are not available here.',
    });
  const pending: StreamEntry[] = [];
  let notify: (() => void) | null = null;
  const unsubscribe = await ctx.hub
    .subscribe(stream, lastEventId ?? null, (entries) => {
      pending.push(...entries);
      notify?.();
    })
    .catch((error: unknown) => {
      if (!(error instanceof StreamLimitError)) throw error;
      throw new TRPCError({
        code: 'SERVICE_UNAVAILABLE',
        message: 'Live updates are at capacity; try again shortly.',
      });
    });
  const aborted = new Promise<void>((resolve) =>
    signal?.addEventListener('abort', () => resolve(), { once: true }),
  );
  try {
    while (!signal?.aborted) {
      while (pending.length > 0) {
        const entry = pending.shift()!;
        const event = parseOnce(entry);
        if (event) yield tracked(entry.id, event);
      }
      await Promise.race([new Promise<void>((resolve) => (notify = resolve)), aborted]);
      notify = null;
    }
  } finally {
    unsubscribe();
  }
}

export const liveRouter = createTRPCRouter({
  /** Every step of every post in one topic: the topic page. */
  topic: publicProcedure
    .input(topicLiveInput)
    .subscription(({ ctx, input, signal }) =>
      follow(ctx, streams.topic(input.topicId), input.lastEventId, signal, queueEvents),
    ),

  /** Every step in every queue: the public pneumatic-tube view. Carries no content. */
  queues: publicProcedure
    .input(queuesLiveInput)
    .subscription(({ ctx, input, signal }) =>
      follow(ctx, streams.queues(), input.lastEventId, signal, queueEvents),
    ),

  /** Decisions on topics and statements, from the queue stream: the public log (/log). */
  log: publicProcedure
    .input(logLiveInput)
    .subscription(({ ctx, input, signal }) =>
      follow(ctx, streams.queues(), input.lastEventId, signal, logEvents),
    ),

  /** One topic proposal's or post's own steps: its author's status card. */
  item: publicProcedure
    .input(itemLiveInput)
    .subscription(({ ctx, input, signal }) =>
      follow(ctx, streams.job(input.id), input.lastEventId, signal, queueEvents),
    ),

  /**
   * The signed-in citizen's own dispatches (docs/product.md §13): one signal per new dispatch,
   * on which the page re-reads its count. The stream is the caller's own; no input names it.
   */
  dispatches: authorized('manageOwnAccount')
    .input(dispatchesLiveInput)
    .subscription(({ ctx, input, signal }) =>
      follow(ctx, streams.user(ctx.actor.id), input.lastEventId, signal, dispatchEvents),
    ),
});
