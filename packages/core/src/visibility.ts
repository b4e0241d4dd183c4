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

/**
 * Posts that are statements in their own right, not revisions of one (docs/product.md §17). A
 * revision is a queue item, its author's status card, a Graveyard entry or a line of its
 * statement's history, never a statement of its own: every list, count, search and similarity
 * query over statements says so, or it would show a statement twice.
 */
export const statementOnlyWhere = { revisionOfId: null } satisfies Prisma.PostWhereInput;

/** `statementOnlyWhere` as SQL on the posts alias `alias`. */
export function statementOnlySql(alias: string): string {
  return `${alias}.revision_of_id IS NULL`;
}

/** Public statements: `publicWhere` for posts, revisions left out. */
export const publicStatementWhere = {
  ...publicWhere,
  ...statementOnlyWhere,
} satisfies Prisma.PostWhereInput;

/** `publicStatementWhere` as SQL on the posts alias `alias`. */
export function publicStatementSql(alias: string): string {
  return `${publicSql(alias)} AND ${statementOnlySql(alias)}`;
}
