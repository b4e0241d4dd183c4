// One statement's page (docs/product.md §17): the statement with its parent and its replies.
// Who may open it follows the read rules of every other path (docs/decisions.md, "Hidden means
// hidden on every read path"): a public statement is anyone's; a rejected or report-hidden one
// is its Graveyard entry, for its author and for moderators+ (docs/product.md §9); anything
// else that is not public (returned for calibration, withdrawn, in a topic no longer public) is
// its author's alone. Everyone else is told it does not exist.
//
// A revision is no statement of its own: its id leads to its statement's page (`view:
// 'revision'`), except where it is its author's business (waiting, returned, withdrawn) or a
// Graveyard entry (rejected). The statement's page carries its revision history: the earlier
// approved texts for everyone, rejected revisions for those who may see rejected content, the
// revision waiting in the queue, and a revision returned for calibration to its author.
import { type Db, sqlPool } from '@overlord/db';

import type { GraveyardItem, RejectionReasonCode } from '../citizens/graveyard.ts';
import { publicSql, publicStatementSql } from '../visibility.ts';
import type { PostListRow } from './list-sql.ts';
import { renderStatement } from './markdown.ts';
import { type PublicPost, toPublic } from './queries.ts';

/** Replies shown on the page; a thread longer than this continues on the topic page. */
export const STATEMENT_REPLY_LIMIT = 200;
/** Revisions read for one page (history entries and rejected revisions alike). */
export const STATEMENT_REVISION_LIMIT = 200;

export interface StatementViewer {
  id: string | null;
  /** Moderators and above (`seeAllRejected`): every Graveyard entry. */
  seesAllRejected: boolean;
}

/** The revision history of a public statement, as much of it as the viewer may see. */
export interface StatementRevisions {
  /** Earlier approved texts, oldest first: when each went up and when a revision replaced it. */
  history: { body: string; bodyHtml: string; approvedAt: Date; replacedAt: Date }[];
  /** Rejected revisions, oldest first: for the author and for moderators+ only. */
  rejected: {
    id: string;
    body: string;
    bodyHtml: string;
    submittedAt: Date;
    decidedAt: Date | null;
    reason: RejectionReasonCode | null;
    feedback: string | null;
  }[];
  /** The revision waiting in the queue, if any. Anyone may know one waits; its words are the
   *  author's until approved (their status card reads them). */
  pending: { id: string; submittedAt: Date; reviewState: 'waiting' | 'in_review' } | null;
  /** The author's latest revision, when the Overlord returned it for calibration: author only. */
  returned: { id: string; body: string; feedback: string | null; decidedAt: Date | null } | null;
}

type OwnStatus = 'pending' | 'approved' | 'calibrate' | 'withdrawn';

export type StatementPage =
  | {
      view: 'public';
      topic: { id: string; title: string };
      post: PublicPost;
      parent: PublicPost | null;
      replies: PublicPost[];
      revisions: StatementRevisions;
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
        status: OwnStatus;
        submittedAt: Date;
        decidedAt: Date | null;
        feedback: string | null;
        /** A revision's statement (docs/product.md §17). */
        revisionOf: string | null;
      };
    }
  | {
      /** A revision's id: its statement's page is where its words are (or wait). */
      view: 'revision';
      topic: { id: string; title: string };
      revisionOf: string;
    };

const columns = `p.id::text, p.topic_id::text, p.parent_id::text, p.body, p.status::text,
       p.submitted_at, p.review_started_at, p.decided_at, p.feedback, p.commentary,
       u.username AS author_username, p.revised_at,
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
            WHERE ${publicStatementSql('p')} AND ${where}
            ORDER BY p.submitted_at, p.id
            LIMIT ${STATEMENT_REPLY_LIMIT}`,
    values,
  });
  return rows.map(toPublic);
}

async function revisionsOf(
  db: Db,
  postId: string,
  viewer: { own: boolean; seesAllRejected: boolean },
): Promise<StatementRevisions> {
  const [versions, revisions] = await Promise.all([
    db.postVersion.findMany({
      where: { postId },
      orderBy: [{ replacedAt: 'asc' }, { id: 'asc' }],
      select: { body: true, approvedAt: true, replacedAt: true },
      take: STATEMENT_REVISION_LIMIT,
    }),
    db.post.findMany({
      where: { revisionOfId: postId },
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        body: true,
        status: true,
        submittedAt: true,
        reviewStartedAt: true,
        decidedAt: true,
        rejectionReason: true,
        feedback: true,
      },
      take: STATEMENT_REVISION_LIMIT,
    }),
  ]);
  const pending = revisions.find((r) => r.status === 'pending');
  const latest = revisions.at(-1);
  return {
    history: versions.map((v) => ({ ...v, bodyHtml: renderStatement(v.body) })),
    rejected:
      viewer.own || viewer.seesAllRejected
        ? revisions
            .filter((r) => r.status === 'rejected')
            .map((r) => ({
              id: r.id,
              body: r.body,
              bodyHtml: renderStatement(r.body),
              submittedAt: r.submittedAt,
              decidedAt: r.decidedAt,
              reason: r.rejectionReason,
              feedback: r.feedback,
            }))
        : [],
    pending: pending
      ? {
          id: pending.id,
          submittedAt: pending.submittedAt,
          reviewState: pending.reviewStartedAt ? 'in_review' : 'waiting',
        }
      : null,
    returned:
      viewer.own && latest?.status === 'calibrate'
        ? {
            id: latest.id,
            body: latest.body,
            feedback: latest.feedback,
            decidedAt: latest.decidedAt,
          }
        : null,
  };
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
      revisionOfId: true,
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

  const [post] = found.revisionOfId
    ? []
    : await publicPosts(db, 'p.id = $1::uuid', [postId], 'statement-page-post');
  if (post) {
    const [parent, replies, revisions] = await Promise.all([
      found.parentId
        ? publicPosts(db, 'p.id = $1::uuid', [found.parentId], 'statement-page-post').then(
            ([p]) => p ?? null,
          )
        : null,
      publicPosts(db, 'p.parent_id = $1::uuid', [postId], 'statement-page-replies'),
      revisionsOf(db, postId, { own, seesAllRejected: viewer.seesAllRejected }),
    ]);
    return { view: 'public', topic, post, parent, replies, revisions };
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
        revisionOf: found.revisionOfId,
      },
    };
  }
  if (buried) return null;

  // A revision: waiting, returned or withdrawn, it is its author's; approved, its words are its
  // statement's, and anyone else learns only which statement it belongs to while that is public.
  if (found.revisionOfId && !(own && found.status !== 'approved')) {
    const [statement] = await publicPosts(
      db,
      'p.id = $1::uuid',
      [found.revisionOfId],
      'statement-page-post',
    );
    const open = found.status === 'approved' || found.status === 'pending';
    if (statement && open) return { view: 'revision', topic, revisionOf: found.revisionOfId };
  }
  if (own) {
    return {
      view: 'own',
      topic,
      post: {
        id: found.id,
        body: found.body,
        bodyHtml: renderStatement(found.body),
        status: found.status as OwnStatus,
        submittedAt: found.submittedAt,
        decidedAt: found.decidedAt,
        feedback: found.status === 'pending' ? null : found.feedback,
        revisionOf: found.revisionOfId,
      },
    };
  }
  return null;
}
