import type { Prisma } from '@overlord/db';

/**
 * What the public sees of topics and posts alike: approved, or in evaluation. Rejected and
 * calibrated items belong to their author; hidden ones to the moderators.
 */
export const publicWhere = {
  status: { in: ['approved', 'pending'] },
  hiddenAt: null,
} satisfies Prisma.PostWhereInput & Prisma.TopicWhereInput;
