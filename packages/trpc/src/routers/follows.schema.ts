import { topicIdSchema } from '@overlord/validators';
import { z } from 'zod';

export const followInput = z.object({ topicId: topicIdSchema });

export const followOutput = z.object({ topicId: z.string(), following: z.boolean() });

export const followStateOutput = z.object({
  following: z.boolean(),
  lastSeenAt: z.date().nullable(),
  newSinceLastVisit: z.number().int(),
});

export const followedListOutput = z.array(
  z.object({
    topic: z.object({ id: z.string(), title: z.string() }),
    lastSeenAt: z.date(),
    newSinceLastVisit: z.number().int(),
    latestStatementAt: z.date().nullable(),
  }),
);
