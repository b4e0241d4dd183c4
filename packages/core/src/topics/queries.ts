import type { Db, Prisma } from '@overlord/db';

import { publicStatementWhere, publicWhere } from '../visibility.ts';
import { type FeedSort, selectTopicPage, type TopicListRow } from './list-sql.ts';

// Explicit select: only public fields ever leave the database layer.
const topicSelect = {
  id: true,
  title: true,
  description: true,
  status: true,
  isSystem: true,
  submittedAt: true,
  decidedAt: true,
  commentary: true,
  author: { select: { username: true } },
  tags: { select: { tag: { select: { slug: true } } }, orderBy: { tag: { slug: 'asc' } } },
  _count: { select: { posts: { where: publicStatementWhere } } },
} satisfies Prisma.TopicSelect;

type TopicRow = Prisma.TopicGetPayload<{ select: typeof topicSelect }>;

export interface TopicSummary {
  id: string;
  title: string;
  description: string;
  status: 'pending' | 'approved';
  inEvaluation: boolean;
  isSystem: boolean;
  author: { username: string } | null;
  tags: string[];
  submittedAt: Date;
  decidedAt: Date | null;
  commentary: string | null;
  postCount: number;
}

function toSummary(row: TopicRow): TopicSummary {
  const status = row.status === 'approved' ? 'approved' : 'pending';
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status,
    inEvaluation: status === 'pending',
    isSystem: row.isSystem,
    author: row.author ? { username: row.author.username } : null,
    tags: row.tags.map((t) => t.tag.slug),
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
    commentary: row.commentary,
    postCount: row._count.posts,
  };
}

export interface ListTopicsInput {
  limit: number;
  cursor?: string | null | undefined;
  tag?: string | undefined;
  q?: string | undefined;
  sort?: FeedSort | undefined;
}

/**
 * The feed: newest first by default, in-evaluation topics included (docs/product.md §4). Cursor =
 * last topic id; its sort key is read again in SQL, so the next page starts right after it.
 */
export async function listTopics(db: Db, input: ListTopicsInput) {
  const rows = await selectTopicPage(db, {
    take: input.limit + 1,
    cursor: input.cursor,
    ...(input.tag ? { tag: input.tag } : {}),
    ...(input.q ? { q: input.q } : {}),
    ...(input.sort ? { sort: input.sort } : {}),
  });
  const page = rows.slice(0, input.limit);
  return {
    items: page.map(fromListRow),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

function fromListRow(row: TopicListRow): TopicSummary {
  return toSummary({
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status as TopicRow['status'],
    isSystem: row.is_system,
    submittedAt: row.submitted_at,
    decidedAt: row.decided_at,
    commentary: row.commentary,
    author: row.author_username === null ? null : { username: row.author_username },
    tags: row.tags.map((slug) => ({ tag: { slug } })),
    _count: { posts: row.post_count },
  });
}

export async function getTopic(db: Db, id: string): Promise<TopicSummary | null> {
  const row = await db.topic.findFirst({ where: { id, ...publicWhere }, select: topicSelect });
  return row ? toSummary(row) : null;
}
