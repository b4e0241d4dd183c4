import type { Db, Prisma } from '@overlord/db';

import type { Deps } from '../deps.ts';
import { estimateWait, recentSecondsPerItem } from '../queues/eta.ts';
import { queueName } from '../review/queues.ts';
import { type PostListRow, selectTopicPostPage } from './list-sql.ts';
import { renderStatement } from './markdown.ts';

export interface PublicPost {
  id: string;
  topicId: string;
  parentId: string | null;
  body: string;
  /** The body as safe HTML (docs/product.md §17), rendered here, on the server. */
  bodyHtml: string;
  status: 'pending' | 'approved';
  /** pending → waiting in the queue or in review; the Overlord has not spoken yet. */
  inEvaluation: boolean;
  reviewState: 'waiting' | 'in_review' | 'decided';
  author: { username: string };
  submittedAt: Date;
  decidedAt: Date | null;
  feedback: string | null;
  commentary: string | null;
  tags: string[];
  /** When an approved revision last replaced the text (docs/product.md §17); null if never. */
  revisedAt: Date | null;
}

export function toPublic(row: PostListRow): PublicPost {
  const approved = row.status === 'approved';
  return {
    id: row.id,
    topicId: row.topic_id,
    parentId: row.parent_id,
    body: row.body,
    bodyHtml: renderStatement(row.body),
    status: approved ? 'approved' : 'pending',
    inEvaluation: !approved,
    reviewState: approved ? 'decided' : row.review_started_at ? 'in_review' : 'waiting',
    author: { username: row.author_username },
    submittedAt: row.submitted_at,
    decidedAt: row.decided_at,
    // The Overlord's words are public only once it has decided.
    feedback: approved ? row.feedback : null,
    commentary: approved ? row.commentary : null,
    tags: row.tags,
    revisedAt: row.revised_at,
  };
}

export interface ListTopicPostsInput {
  topicId: string;
  limit: number;
  cursor?: string | null | undefined;
}

/**
 * A topic's posts in submission order, whatever order evaluation finished in (docs/product.md §5).
 */
export async function listTopicPosts(db: Db, input: ListTopicPostsInput) {
  const rows = await selectTopicPostPage(db, {
    topicId: input.topicId,
    take: input.limit + 1,
    cursor: input.cursor,
  });
  const page = rows.slice(0, input.limit);
  return {
    items: page.map(toPublic),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

const ownPostSelect = {
  id: true,
  topicId: true,
  body: true,
  authorId: true,
  status: true,
  submittedAt: true,
  reviewStartedAt: true,
  decidedAt: true,
  feedback: true,
  commentary: true,
  rejectionReason: true,
  hiddenAt: true,
  revisionOfId: true,
  topic: { select: { status: true, hiddenAt: true } },
} satisfies Prisma.PostSelect;

/**
 * Whether anyone may read the statement: public itself (approved or in evaluation, not hidden
 * after a sustained report) in a public topic. Everything else is its author's business alone,
 * and so is a revision (docs/product.md §17): its words reach the public only through its
 * statement, once approved.
 */
function isPublic(post: {
  status: string;
  hiddenAt: Date | null;
  revisionOfId: string | null;
  topic: { status: string; hiddenAt: Date | null };
}): boolean {
  const open = (s: string) => s === 'approved' || s === 'pending';
  return (
    post.revisionOfId === null &&
    open(post.status) &&
    post.hiddenAt === null &&
    open(post.topic.status) &&
    !post.topic.hiddenAt
  );
}

/** Status card of one post: what its author sees while it waits and once it is judged. */
export async function getPostStatus(
  deps: Pick<Deps, 'db' | 'overlord'>,
  postId: string,
  viewerId: string | null,
) {
  const { db } = deps;
  const found = await db.post.findUnique({ where: { id: postId }, select: ownPostSelect });
  if (!found) return null;
  // Rejected, returned and hidden statements, and those of a hidden topic: the author only.
  if (!isPublic(found) && found.authorId !== viewerId) return null;
  const { hiddenAt: _hidden, topic: _topic, revisionOfId: revisionOf, ...rest } = found;
  const post = { ...rest, revisionOf };
  const reviewState =
    post.status !== 'pending' ? 'decided' : post.reviewStartedAt ? 'in_review' : 'waiting';
  if (post.status !== 'pending') {
    return { ...post, reviewState, position: null, queueLength: null, etaSeconds: null } as const;
  }
  const [[counts], secondsPerItem] = await Promise.all([
    // Compared in SQL: submission stamps have microseconds, which a JS Date would drop.
    db.$queryRawUnsafe<[{ position: number; queue_length: number; head_wait: number | null }]>(
      `SELECT count(*) FILTER (WHERE (q.submitted_at, q.id) <= (p.submitted_at, p.id))::int AS position,
              count(*)::int AS queue_length,
              -- A head waiting for its retry holds the whole topic (docs/decisions.md).
              (SELECT greatest(0, extract(epoch FROM c.retry_at - clock_timestamp()))::float8
                 FROM review_claims c WHERE c.queue = $2 AND c.retry_at IS NOT NULL) AS head_wait
         FROM posts p JOIN posts q ON q.topic_id = p.topic_id AND q.status = 'pending'
        WHERE p.id = $1::uuid`,
      post.id,
      queueName('post', post.topicId),
    ),
    recentSecondsPerItem(db, 'post'),
  ]);
  const { position, queue_length: queueLength, head_wait: headWait } = counts;
  return {
    ...post,
    reviewState,
    position,
    queueLength,
    etaSeconds: estimateWait(position, reviewState === 'in_review', secondsPerItem, headWait ?? 0),
    // While it waits, the Overlord comments on its place in the queue (docs/product.md §6).
    commentary: deps.overlord.commentary({
      // Position 0 is the Overlord's word for "on the inspection desk".
      position: reviewState === 'in_review' ? 0 : position,
      total: queueLength,
      kind: 'post',
    }),
  } as const;
}
