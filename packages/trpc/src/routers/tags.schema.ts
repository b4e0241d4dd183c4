import { z } from 'zod';

const slug = z.string().trim().min(1, 'Name the tag.').max(40);

export const tagUsageOutput = z.array(
  z.object({
    slug: z.string(),
    label: z.string(),
    topics: z.number().int(),
    posts: z.number().int(),
  }),
);

export const renameTagInput = z.object({
  slug,
  label: z
    .string()
    .trim()
    .min(1, 'A tag needs a label.')
    .max(60, 'Keep the label under 60 characters.'),
  newSlug: slug.optional(),
});
export const renameTagOutput = z.object({ slug: z.string(), label: z.string() });

export const mergeTagsInput = z.object({ from: slug, into: slug });
export const mergeTagsOutput = z.object({
  slug: z.string(),
  topics: z.number().int(),
  posts: z.number().int(),
});
