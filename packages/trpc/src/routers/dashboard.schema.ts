import { z } from 'zod';

const kind = z.enum(['topic', 'post', 'message']);

export const queuesOutput = z.object({
  queues: z.array(
    z.object({
      kind,
      depth: z.number().int(),
      oldestWaitSeconds: z.number(),
      held: z.number().int(),
    }),
  ),
  busiestTopics: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      depth: z.number().int(),
      oldestWaitSeconds: z.number(),
    }),
  ),
});

export const throughputOutput = z.object({
  perMinute: z.array(z.object({ minute: z.string(), verdicts: z.number().int() })),
  lastHour: z.number().int(),
});

export const modelOutput = z.array(
  z.object({
    day: z.string(),
    p50Seconds: z.number().nullable(),
    p99Seconds: z.number().nullable(),
    callP50Ms: z.number().nullable(),
    callP99Ms: z.number().nullable(),
    timedCalls: z.number().int(),
    calls: z.number().int(),
    failedCalls: z.number().int(),
    errorRate: z.number().nullable(),
    costUsd: z.number(),
  }),
);

export const cacheOutput = z.array(
  z.object({
    day: z.string(),
    lookups: z.number().int(),
    hits: z.number().int(),
    hitRate: z.number().nullable(),
  }),
);

const pendingCases = z.object({ pending: z.number().int(), oldestAgeSeconds: z.number() });

export const communityOutput = z.object({
  active: z.number().int(),
  returning: z.number().int(),
  activeByDay: z.array(z.object({ day: z.string(), citizens: z.number().int() })),
  appeals: pendingCases,
  reports: pendingCases,
});
