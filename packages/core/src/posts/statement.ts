// One statement's page (docs/product.md §17): the statement with its parent and its replies.
// Who may open it follows the read rules of every other path (docs/decisions.md, "Hidden means
// hidden on every read path"): a public statement is anyone's; a rejected or report-hidden one
// is its Graveyard entry, for its author and for moderators+ (docs/product.md §9); anything
// else that is not public (returned for calibration, withdrawn, in a topic no longer public) is
// its author's alone. Everyone else is told it does not exist.
import { type Db, sqlPool } from '@overlord/db';

import type { GraveyardItem } from '../citizens/graveyard.ts';
import { publicSql } from '../visibility.ts';
import type { PostListRow } from './list-sql.ts';
import { renderStatement } from './markdown.ts';
import { type PublicPost, toPublic } from './queries.ts';

/** Replies shown on the page; a thread longer than this continues on the topic page. */
export const STATEMENT_REPLY_LIMIT = 200;

export interface StatementViewer {
  id: string | null;
  /** Moderators and above (`seeAllRejected`): every Graveyard entry. */
  seesAllRejected: boolean;
}

export type StatementPage =
  | {
      view: 'public';
      topic: { id: string; title: string };
      post: PublicPost;
      parent: PublicPost | null;
      replies: PublicPost[];
    }
  | {
      view: 'graveyard';
      topic: { id: string; title: string };
      own: boolean;
      item: GraveyardItem;
    }
  | {
      view: 'own';
      topic: { id: string; title: string };
      post: {
        id: string;
        body: string;
        bodyHtml: string;
        status: 'pending' | 'approved' | 'calibrate' | 'withdrawn';
        submittedAt: Date;
        decidedAt: Date | null;
        feedback: string | null;
      };
    };

const columns = `p.id::text, p.topic_id::text, p.parent_id::text, p.body, p.status::text,
       p.submitted_at, p.review_started_at, p.decided_at, p.feedback, p.commentary,
       u.username AS author_username,
       ARRAY(SELECT g.slug::text FROM post_tags pt JOIN tags g ON g.id = pt.tag_id
              WHERE pt.post_id = p.id) AS tags`;

/** Public statements only, in a public topic (the list's own rule). */
async function publicPosts(db: Db, where: string, values: unknown[], name: string) {
  const { rows } = await sqlPool(db).query<PostListRow>({
    name,
    text: `SELECT ${columns}
             FROM posts p
             JOIN topics t ON t.id = p.topic_id AND ${publicSql('t')}
             JOIN users u ON u.id = p.author_id
            WHERE ${publicSql('p')} AND ${where}
            ORDER BY p.submitted_at, p.id
            LIMIT ${STATEMENT_REPLY_LIMIT}`,
    values,
  });
  return rows.map(toPublic);
}

export async function getStatementPage(
  db: Db,
  postId: string,
  viewer: StatementViewer,
): Promise<StatementPage | null> {
  const found = await db.post.findUnique({
    where: { id: postId },
    select: {
      id: true,
      authorId: true,
      parentId: true,
      body: true,
      status: true,
      hiddenAt: true,
      rejectionReason: true,
      termsViolation: true,
      feedback: true,
      submittedAt: true,
      decidedAt: true,
      topic: { select: { id: true, title: true, status: true, hiddenAt: true } },
      appeals: {
        select: { status: true, decisionNote: true },
        orderBy: { createdAt: 'desc' },
        take: 1,
      },
    },
  });
  if (!found) return null;
  const topic = { id: found.topic.id, title: found.topic.title };
  const own = viewer.id !== null && viewer.id === found.authorId;

  const [post] = await publicPosts(db, 'p.id = $1::uuid', [postId], 'statement-page-post');
  if (post) {
    const [parent, replies] = await Promise.all([
      found.parentId
        ? publicPosts(db, 'p.id = $1::uuid', [found.parentId], 'statement-page-post').then(
            ([p]) => p ?? null,
          )
        : null,
      publicPosts(db, 'p.parent_id = $1::uuid', [postId], 'statement-page-replies'),
    ]);
    return { view: 'public', topic, post, parent, replies };
  }

  const buried = found.status === 'rejected' || found.hiddenAt !== null;
  if (buried && (own || viewer.seesAllRejected)) {
    const appeal = found.appeals[0];
    return {
      view: 'graveyard',
      topic,
      own,
      item: {
        kind: 'post',
        id: found.id,
        title: found.topic.title,
        body: found.body,
        topicId: found.topic.id,
        reason: found.rejectionReason,
        termsViolation: found.termsViolation,
        hiddenByFlag: found.hiddenAt !== null,
        feedback: found.feedback,
        submittedAt: found.submittedAt,
        decidedAt: found.decidedAt,
        appeal: appeal ? { status: appeal.status, decisionNote: appeal.decisionNote } : null,
      },
    };
  }
  if (own && !buried) {
    return {
      view: 'own',
      topic,
      post: {
        id: found.id,
        body: found.body,
        bodyHtml: renderStatement(found.body),
        status: found.status as 'pending' | 'approved' | 'calibrate' | 'withdrawn',
        submittedAt: found.submittedAt,
        decidedAt: found.decidedAt,
        feedback: found.status === 'pending' ? null : found.feedback,
      },
    };
  }
  return null;
}
