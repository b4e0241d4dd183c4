// A citizen's public file (docs/product.md §9): standing, badges, topics started, public activity
// and the tags of the debates they took part in. Only public content: approved or in evaluation,
// never hidden, never rejected or calibrated (those belong to the author's Graveyard).
import type { Db, Prisma } from '@overlord/db';

import type { Actor } from '../deps.ts';
import { getProfile } from './account.ts';
import { badgesOf, type BadgeSummary } from '../leaderboard/standings.ts';
import { loyaltyStanding, type RankDeps } from '../leaderboard/ranking.ts';
import { publicStatementWhere, publicWhere } from '../visibility.ts';

export interface TagWeight {
  slug: string;
  /** How many of the citizen's debates carry the tag. */
  weight: number;
}

const TOPICS_SHOWN = 50;
const TAGS_SHOWN = 40;

const startedTopicSelect = {
  id: true,
  title: true,
  status: true,
  submittedAt: true,
  tags: { select: { tag: { select: { slug: true } } }, orderBy: { tag: { slug: 'asc' } } },
  _count: { select: { posts: { where: publicStatementWhere } } },
} satisfies Prisma.TopicSelect;

/** Tags of public topics the citizen started or posted a public statement in. */
async function tagCloud(db: Db, userId: string): Promise<TagWeight[]> {
  const rows = await db.$queryRaw<{ slug: string; weight: number }[]>`
    SELECT t.slug::text AS slug, count(*)::int AS weight
    FROM topic_tags tt
    JOIN tags t ON t.id = tt.tag_id
    JOIN topics tp ON tp.id = tt.topic_id
    WHERE tp.status IN ('approved', 'pending') AND tp.hidden_at IS NULL
      AND (tp.author_id = ${userId}::uuid OR EXISTS (
        SELECT 1 FROM posts p
        WHERE p.topic_id = tp.id AND p.author_id = ${userId}::uuid
          AND p.status IN ('approved', 'pending') AND p.hidden_at IS NULL
          AND p.revision_of_id IS NULL))
    GROUP BY t.slug
    ORDER BY weight DESC, slug
    LIMIT ${TAGS_SHOWN}`;
  return rows;
}

export async function getCitizenProfile(deps: RankDeps, viewer: Actor | null, username: string) {
  const { db } = deps;
  const user = await db.user.findFirst({
    where: { username, deletedAt: null },
    select: { id: true },
  });
  const base = user ? await getProfile(db, viewer, username) : null;
  if (!user || !base) return null;
  const [standing, badges, topics, topicCount, postCount, tags] = await Promise.all([
    base.isOverlord ? null : loyaltyStanding(deps, user.id),
    badgesOf(db, [user.id]),
    db.topic.findMany({
      where: { authorId: user.id, ...publicWhere },
      select: startedTopicSelect,
      orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
      take: TOPICS_SHOWN,
    }),
    db.topic.count({ where: { authorId: user.id, ...publicWhere } }),
    db.post.count({ where: { authorId: user.id, ...publicStatementWhere } }),
    tagCloud(db, user.id),
  ]);
  return {
    ...base,
    standing: standing
      ? {
          rank: standing.rank,
          total: standing.total,
          cutoffRank: standing.cutoffRank,
          inTop10Percent: standing.inTop10Percent,
          sharePercent: standing.sharePercent,
        }
      : null,
    badges: badges.get(user.id) ?? ([] as BadgeSummary[]),
    topicsStarted: topics.map((t) => ({
      id: t.id,
      title: t.title,
      inEvaluation: t.status !== 'approved',
      submittedAt: t.submittedAt,
      tags: t.tags.map((x) => x.tag.slug),
      postCount: t._count.posts,
    })),
    topicCount,
    postCount,
    tagCloud: tags,
  };
}

const activitySelect = {
  id: true,
  body: true,
  status: true,
  submittedAt: true,
  reviewStartedAt: true,
  decidedAt: true,
  feedback: true,
  commentary: true,
  topic: { select: { id: true, title: true } },
} satisfies Prisma.PostSelect;

/** A citizen's public statements, newest first, with the Overlord's words once it has decided. */
export async function citizenActivity(
  db: Db,
  input: { username: string; page: number; pageSize: number },
) {
  const user = await db.user.findFirst({
    where: { username: input.username, deletedAt: null },
    select: { id: true },
  });
  if (!user) return null;
  // A statement in a topic that is no longer public is not public either.
  const where = {
    authorId: user.id,
    ...publicStatementWhere,
    topic: publicWhere,
  } satisfies Prisma.PostWhereInput;
  const [rows, total] = await Promise.all([
    db.post.findMany({
      where,
      select: activitySelect,
      orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
    db.post.count({ where }),
  ]);
  return {
    items: rows.map((r) => {
      const approved = r.status === 'approved';
      return {
        id: r.id,
        body: r.body,
        status: approved ? ('approved' as const) : ('pending' as const),
        reviewState: approved
          ? ('decided' as const)
          : r.reviewStartedAt
            ? ('in_review' as const)
            : ('waiting' as const),
        submittedAt: r.submittedAt,
        decidedAt: approved ? r.decidedAt : null,
        feedback: approved ? r.feedback : null,
        commentary: approved ? r.commentary : null,
        topic: r.topic,
      };
    }),
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
    total,
  };
}
