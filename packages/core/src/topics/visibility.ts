import type { Prisma } from '@overlord/db';

/** Public = approved, or in evaluation (docs/product.md §4). */
export const publicTopicWhere = {
  status: { in: ['approved', 'pending'] },
  hiddenAt: null,
} satisfies Prisma.TopicWhereInput;
