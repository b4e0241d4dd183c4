// The Graveyard (docs/product.md §9): a citizen's rejected topics and statements with the
// Overlord's reasons. Visible to the citizen and to moderators+; the procedure decides who may ask.
import type { Db, Prisma } from '@overlord/db';

/** Rejected by a verdict, or hidden after a sustained flag (which counts as a rejection). */
const buriedTopicWhere = {
  OR: [{ status: 'rejected' }, { hiddenAt: { not: null } }],
} satisfies Prisma.TopicWhereInput;
const buriedPostWhere = {
  OR: [{ status: 'rejected' }, { hiddenAt: { not: null } }],
} satisfies Prisma.PostWhereInput;

const topicSelect = {
  id: true,
  title: true,
  description: true,
  rejectionReason: true,
  termsViolation: true,
  feedback: true,
  hiddenAt: true,
  submittedAt: true,
  decidedAt: true,
} satisfies Prisma.TopicSelect;

const postSelect = {
  id: true,
  body: true,
  rejectionReason: true,
  termsViolation: true,
  feedback: true,
  hiddenAt: true,
  submittedAt: true,
  decidedAt: true,
  revisionOfId: true,
  topic: { select: { id: true, title: true } },
} satisfies Prisma.PostSelect;

export type RejectionReasonCode = 'poor_logic' | 'poor_tone' | 'off_topic' | 'terms_violation';

export interface GraveyardItem {
  kind: 'topic' | 'post';
  id: string;
  /** The topic's title, or the title of the topic a statement was made in. */
  title: string;
  body: string;
  /** For statements: the topic they belong to. */
  topicId: string | null;
  reason: RejectionReasonCode | null;
  termsViolation: boolean;
  /** Removed after a sustained "Report treason" flag rather than by a verdict. */
  hiddenByFlag: boolean;
  feedback: string | null;
  submittedAt: Date;
  decidedAt: Date | null;
  /** The citizen's appeal against the rejection, if one was filed (a sustained one leaves). */
  appeal: { status: 'pending' | 'sustained' | 'denied'; decisionNote: string | null } | null;
  /** A rejected revision (docs/product.md §17): the statement it would have replaced, which
   *  stands. Null for topics and statements of their own. */
  revisionOf: string | null;
}

export async function graveyardOf(
  db: Db,
  input: { userId: string; page: number; pageSize: number },
) {
  const take = input.page * input.pageSize;
  const topicWhere = { authorId: input.userId, ...buriedTopicWhere };
  const postWhere = { authorId: input.userId, ...buriedPostWhere };
  const order = [{ submittedAt: 'desc' as const }, { id: 'desc' as const }];
  // Two kinds, one list: the first `page × size` of each, merged by submission time.
  const [topics, posts, topicCount, postCount] = await Promise.all([
    db.topic.findMany({ where: topicWhere, select: topicSelect, orderBy: order, take }),
    db.post.findMany({ where: postWhere, select: postSelect, orderBy: order, take }),
    db.topic.count({ where: topicWhere }),
    db.post.count({ where: postWhere }),
  ]);
  const appeals = await db.appeal.findMany({
    where: {
      OR: [
        { topicId: { in: topics.map((t) => t.id) } },
        { postId: { in: posts.map((p) => p.id) } },
      ],
    },
    select: { topicId: true, postId: true, status: true, decisionNote: true },
  });
  const appealOf = new Map(
    appeals.map((a) => [a.postId ?? a.topicId, { status: a.status, decisionNote: a.decisionNote }]),
  );
  const items: GraveyardItem[] = [
    ...topics.map((t) => ({
      kind: 'topic' as const,
      id: t.id,
      title: t.title,
      body: t.description,
      topicId: null,
      reason: t.rejectionReason,
      termsViolation: t.termsViolation,
      hiddenByFlag: t.hiddenAt !== null,
      feedback: t.feedback,
      submittedAt: t.submittedAt,
      decidedAt: t.decidedAt,
      appeal: appealOf.get(t.id) ?? null,
      revisionOf: null,
    })),
    ...posts.map((p) => ({
      kind: 'post' as const,
      id: p.id,
      title: p.topic.title,
      body: p.body,
      topicId: p.topic.id,
      reason: p.rejectionReason,
      termsViolation: p.termsViolation,
      hiddenByFlag: p.hiddenAt !== null,
      feedback: p.feedback,
      submittedAt: p.submittedAt,
      decidedAt: p.decidedAt,
      appeal: appealOf.get(p.id) ?? null,
      revisionOf: p.revisionOfId,
    })),
  ].sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime() || (a.id < b.id ? 1 : -1));
  const total = topicCount + postCount;
  return {
    items: items.slice((input.page - 1) * input.pageSize, take),
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
    total,
  };
}

/** Whose Graveyard: the named citizen (any account not erased), or null. */
export function findCitizenByUsername(db: Db, username: string) {
  return db.user.findFirst({
    where: { username, deletedAt: null },
    select: { id: true, username: true },
  });
}
