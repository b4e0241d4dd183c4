import { z } from 'zod';

import { topicIdSchema } from './topics.schema.ts';

/** Redis stream id ("<ms>-<seq>"); the SSE event id a reconnecting client sends back. */
export const streamIdSchema = z.string().regex(/^\d+-\d+$/, 'That is not a live event identifier.');

/** Set by the client on reconnect (tracked events): resume after this event. */
const resumeFrom = { lastEventId: streamIdSchema.nullish() };

export const topicLiveInput = z.object({ topicId: topicIdSchema, ...resumeFrom });

export const queuesLiveInput = z.object({ ...resumeFrom }).default({});

export const logLiveInput = z.object({ ...resumeFrom }).default({});

export const itemLiveInput = z.object({
  kind: z.enum(['topic', 'post'], 'Only topics and posts have public progress.'),
  id: z.uuid('That is not a valid item identifier.'),
  ...resumeFrom,
});

/** One step of a queued item (packages/core/src/live.ts publishes these). */
export const liveEventSchema = z.object({
  type: z.enum(['submitted', 'in_review', 'decided']),
  kind: z.enum(['topic', 'post', 'message']),
  id: z.string(),
  queueKey: z.string(),
  status: z.enum(['pending', 'approved', 'rejected', 'calibrate', 'withdrawn']),
  at: z.string(),
  topicId: z.string().optional(),
});
export type LiveEvent = z.infer<typeof liveEventSchema>;

/**
 * What the public log's stream passes on from the queue stream: decisions on topics and
 * statements. Private messages never reach it in any form (docs/product.md §16); the page
 * re-reads `log.list`, which decides what is shown.
 */
export function isLogEvent(event: LiveEvent): boolean {
  return event.type === 'decided' && event.kind !== 'message';
}

/**
 * The signed-in citizen's own dispatches. Nothing names whose: the stream is always the
 * caller's, so no input can reach another citizen's (a stray key is refused).
 */
export const dispatchesLiveInput = z.strictObject({ ...resumeFrom }).default({});

/** A dispatch was written for the subscriber (packages/core/src/notifications/live.ts). */
export const dispatchEventSchema = z.object({ type: z.literal('dispatch'), at: z.string() });
export type DispatchLiveEvent = z.infer<typeof dispatchEventSchema>;
