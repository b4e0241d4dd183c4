import type { Prisma } from '@overlord/db';

/**
 * What the public sees of topics and posts alike: approved, or in evaluation. Rejected and
 * calibrated items belong to their author; hidden ones to the moderators.
 */
export const publicWhere = {
  status: { in: ['approved', 'pending'] },
  hiddenAt: null,
} satisfies Prisma.PostWhereInput & Prisma.TopicWhereInput;

/** The same rule as SQL on the table alias `alias`, for statements written by hand. */
export function publicSql(alias: string): string {
  const statuses = publicWhere.status.in.map((s) => `'${s}'`).join(', ');
  return `${alias}.status IN (${statuses}) AND ${alias}.hidden_at IS NULL`;
}
