import type { Db, Prisma } from '@overlord/db';

import { publicPostWhere } from '../posts/visibility.ts';
import { publicTopicWhere } from './visibility.ts';

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
  _count: { select: { posts: { where: publicPostWhere } } },
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
}

/**
 * The feed: newest first, in-evaluation topics included (docs/product.md §4). Cursor = last topic
 * id.
 */
export async function listTopics(db: Db, input: ListTopicsInput) {
  const where: Prisma.TopicWhereInput = {
    ...publicTopicWhere,
    ...(input.tag ? { tags: { some: { tag: { slug: input.tag } } } } : {}),
    ...(input.q
      ? {
          OR: [
            { title: { contains: input.q, mode: 'insensitive' } },
            { description: { contains: input.q, mode: 'insensitive' } },
            // Keyword search covers statements too (docs/product.md §12): a topic matches through
            // its posts.
            {
              posts: {
                some: { ...publicPostWhere, body: { contains: input.q, mode: 'insensitive' } },
              },
            },
          ],
        }
      : {}),
  };
  const rows = await db.topic.findMany({
    where,
    select: topicSelect,
    orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, input.limit);
  return {
    items: page.map(toSummary),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

export async function getTopic(db: Db, id: string): Promise<TopicSummary | null> {
  const row = await db.topic.findFirst({ where: { id, ...publicTopicWhere }, select: topicSelect });
  return row ? toSummary(row) : null;
}
