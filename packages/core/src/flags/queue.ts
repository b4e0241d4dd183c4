// The moderators' docket of reports (docs/product.md §10), oldest first: the reported text, its
// author and the reporter's reason. Reports of one item are decided together (decide.ts).
import type { Db } from '@overlord/db';

export interface FlagCase {
  id: string;
  kind: 'post' | 'topic';
  contentId: string;
  reporter: { username: string };
  reason: string;
  createdAt: Date;
  /** The topic's title (of the topic itself, or of the one the statement was made in). */
  title: string;
  text: string;
  author: { username: string } | null;
  /** Where to read it in context. */
  topicId: string;
  /** Pending reports of the same item, this one included. */
  reports: number;
}

export async function flagQueue(
  db: Db,
  { page, pageSize }: { page: number; pageSize: number },
): Promise<{ items: FlagCase[]; total: number; page: number; pageCount: number }> {
  const where = { status: 'pending' as const };
  const [flags, total] = await Promise.all([
    db.flag.findMany({
      where,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        reason: true,
        createdAt: true,
        postId: true,
        topicId: true,
        reporter: { select: { username: true } },
        post: {
          select: {
            id: true,
            body: true,
            author: { select: { username: true } },
            topic: { select: { id: true, title: true } },
          },
        },
        topic: {
          select: {
            id: true,
            title: true,
            description: true,
            author: { select: { username: true } },
          },
        },
      },
    }),
    db.flag.count({ where }),
  ]);
  const counts = await db.flag.groupBy({
    by: ['postId', 'topicId'],
    where: {
      status: 'pending',
      OR: [
        { postId: { in: flags.flatMap((f) => (f.postId ? [f.postId] : [])) } },
        { topicId: { in: flags.flatMap((f) => (f.postId ? [] : f.topicId ? [f.topicId] : [])) } },
      ],
    },
    _count: { _all: true },
  });
  const reportsOf = (f: { postId: string | null; topicId: string | null }) =>
    counts.find((c) => (f.postId ? c.postId === f.postId : !c.postId && c.topicId === f.topicId))
      ?._count._all ?? 1;
  const items = flags.flatMap((f): FlagCase[] => {
    const base = {
      id: f.id,
      reporter: f.reporter,
      reason: f.reason,
      createdAt: f.createdAt,
      reports: reportsOf(f),
    };
    if (f.post) {
      return [
        {
          ...base,
          kind: 'post',
          contentId: f.post.id,
          title: f.post.topic.title,
          text: f.post.body,
          author: f.post.author,
          topicId: f.post.topic.id,
        },
      ];
    }
    if (f.topic) {
      return [
        {
          ...base,
          kind: 'topic',
          contentId: f.topic.id,
          title: f.topic.title,
          text: f.topic.description,
          author: f.topic.author,
          topicId: f.topic.id,
        },
      ];
    }
    return []; // erased with its author's account
  });
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
