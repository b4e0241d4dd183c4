import { z } from 'zod';

/** `<rank>_<topic id>`, as search pages hand it out (core's encodeSearchCursor). */
const SEARCH_CURSOR =
  /^\d+(?:\.\d+)?(?:e-?\d+)?_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const searchInput = z.object({
  q: z
    .string()
    .trim()
    .min(1, 'Name at least one word for the Ministry to look for.')
    .max(200, 'A search is at most 200 characters.'),
  limit: z.number().int().min(1).max(30).default(10),
  cursor: z
    .string()
    .regex(SEARCH_CURSOR, 'That page marker was not issued by the Ministry.')
    .nullish(),
});

const segments = z.array(z.object({ text: z.string(), match: z.boolean() }));

export const searchOutput = z.object({
  results: z.array(
    z.object({
      topic: z.object({
        id: z.string(),
        title: z.string(),
        inEvaluation: z.boolean(),
        submittedAt: z.date(),
      }),
      title: segments,
      description: segments.nullable(),
      statements: z.array(
        z.object({ id: z.string(), author: z.object({ username: z.string() }), snippet: segments }),
      ),
      statementMatches: z.number().int(),
    }),
  ),
  nextCursor: z.string().nullable(),
  related: z.array(
    z.object({
      topicId: z.string(),
      title: z.string(),
      via: z.enum(['topic', 'statement']),
      excerpt: z.string(),
    }),
  ),
});
