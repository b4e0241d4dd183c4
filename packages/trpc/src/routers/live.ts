// Live updates over server-sent events (SPEC §7). Event ids are the Redis stream ids, so a
// client that reconnects (tRPC sends the last id back as `lastEventId`) resumes exactly after
// the last event it saw: nothing lost, nothing twice.
import { type StreamEntry, streams } from '@overlord/redis';
import { tracked, TRPCError } from '@trpc/server';

import { createTRPCRouter, publicProcedure } from '../trpc.ts';
import { liveEventSchema, topicLiveInput } from './live.schema.ts';

export const liveRouter = createTRPCRouter({
  topic: publicProcedure.input(topicLiveInput).subscription(async function* ({
    ctx,
    input,
    signal,
  }) {
    if (!ctx.hub)
      throw new TRPCError({
        code: 'PRECONDITION_FAILED',
        message: 'Live updates are not available here.',
      });
    const pending: StreamEntry[] = [];
    let notify: (() => void) | null = null;
    const unsubscribe = await ctx.hub.subscribe(
      streams.topic(input.topicId),
      input.lastEventId ?? null,
      (entries) => {
        pending.push(...entries);
        notify?.();
      },
    );
    const aborted = new Promise<void>((resolve) =>
      signal?.addEventListener('abort', () => resolve(), { once: true }),
    );
    try {
      while (!signal?.aborted) {
        while (pending.length > 0) {
          const entry = pending.shift()!;
          const event = liveEventSchema.safeParse(entry.event);
          if (event.success) yield tracked(entry.id, event.data);
        }
        await Promise.race([new Promise<void>((resolve) => (notify = resolve)), aborted]);
        notify = null;
      }
    } finally {
      unsubscribe();
    }
  }),
});
