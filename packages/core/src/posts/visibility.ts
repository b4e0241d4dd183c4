import type { Prisma } from '@overlord/db';

/** Public = approved, or in evaluation. Rejected and calibrated items belong to their author. */
export const publicPostWhere = {
  status: { in: ['approved', 'pending'] },
  hiddenAt: null,
} satisfies Prisma.PostWhereInput;
