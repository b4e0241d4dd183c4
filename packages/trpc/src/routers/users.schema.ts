import { z } from 'zod';

const username = z.string().trim().min(1).max(64);
const page = z.number().int().min(1).max(100_000).default(1);

export const profileInput = z.object({ username });

const badgeOutput = z.object({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  polarity: z.enum(['positive', 'negative']),
});

/**
 * A public profile. `email` is present only for the citizen themself and for admins+
 * (field-level privacy, docs/product.md §2); the schema strips anything else.
 */
export const profileOutput = z.object({
  username: z.string(),
  role: z.enum(['citizen', 'moderator', 'admin', 'superadmin']),
  isOverlord: z.boolean(),
  loyaltyScore: z.number().int(),
  createdAt: z.date(),
  email: z.string().nullable().optional(),
  /** Place on the leaderboard; null for the Overlord and for banned accounts. */
  standing: z
    .object({
      rank: z.number().int(),
      total: z.number().int(),
      cutoffRank: z.number().int(),
      /** Inside the top share in force (`sharePercent`) with a positive score. */
      inTop10Percent: z.boolean(),
      sharePercent: z.number().int(),
    })
    .nullable(),
  badges: z.array(badgeOutput),
  topicsStarted: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      inEvaluation: z.boolean(),
      submittedAt: z.date(),
      tags: z.array(z.string()),
      postCount: z.number().int(),
    }),
  ),
  topicCount: z.number().int(),
  postCount: z.number().int(),
  tagCloud: z.array(z.object({ slug: z.string(), weight: z.number().int() })),
});

const pageOutput = {
  page: z.number().int(),
  pageCount: z.number().int(),
};

export const activityInput = z.object({
  username,
  page,
  pageSize: z.number().int().min(1).max(50).default(20),
});

export const activityOutput = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      body: z.string(),
      status: z.enum(['pending', 'approved']),
      reviewState: z.enum(['waiting', 'in_review', 'decided']),
      submittedAt: z.date(),
      decidedAt: z.date().nullable(),
      feedback: z.string().nullable(),
      commentary: z.string().nullable(),
      topic: z.object({ id: z.string(), title: z.string() }),
    }),
  ),
  total: z.number().int(),
  ...pageOutput,
});

const cutoffOutput = z.object({
  total: z.number().int(),
  cutoffRank: z.number().int(),
  cutoffScore: z.number().int().nullable(),
  /** The top share that may propose topics, in whole percent. */
  sharePercent: z.number().int(),
});

const citizenPageOutput = z.object({
  items: z.array(
    z.object({
      rank: z.number().int(),
      username: z.string(),
      loyaltyScore: z.number().int(),
      createdAt: z.date(),
      badges: z.array(badgeOutput),
    }),
  ),
  matching: z.number().int(),
  cutoff: cutoffOutput,
  ...pageOutput,
});

export const leaderboardInput = z
  .object({ page, pageSize: z.number().int().min(1).max(100).default(25) })
  .prefault({});
export const leaderboardOutput = citizenPageOutput;

export const registryInput = z
  .object({
    q: z.string().trim().min(1).max(64).optional(),
    page,
    pageSize: z.number().int().min(1).max(100).default(25),
  })
  .prefault({});
export const registryOutput = citizenPageOutput;

export const graveyardInput = z
  .object({
    /** Omitted: one's own Graveyard. Another citizen's needs "see all rejected content". */
    username: username.optional(),
    page,
    pageSize: z.number().int().min(1).max(50).default(20),
  })
  .prefault({});

export const graveyardOutput = z.object({
  username: z.string(),
  items: z.array(
    z.object({
      kind: z.enum(['topic', 'post']),
      id: z.string(),
      title: z.string(),
      body: z.string(),
      topicId: z.string().nullable(),
      reason: z.enum(['poor_logic', 'poor_tone', 'off_topic', 'terms_violation']).nullable(),
      termsViolation: z.boolean(),
      hiddenByFlag: z.boolean(),
      feedback: z.string().nullable(),
      submittedAt: z.date(),
      decidedAt: z.date().nullable(),
      appeal: z
        .object({
          status: z.enum(['pending', 'sustained', 'denied']),
          decisionNote: z.string().nullable(),
        })
        .nullable(),
      /** A rejected revision: the statement it would have replaced (docs/product.md §17). */
      revisionOf: z.string().nullable(),
    }),
  ),
  total: z.number().int(),
  ...pageOutput,
});
