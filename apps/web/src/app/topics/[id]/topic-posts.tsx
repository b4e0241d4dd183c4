'use client';

import Link from 'next/link';
import { useCallback, useMemo, useState } from 'react';

import { OverlordSays } from '~/components/overlord-says';
import { QuoteButton } from '~/components/quote-button';
import { ReportForm } from '~/components/report-form';
import { StatementBody } from '~/components/statement-body';
import { StatusStamp } from '~/components/status-stamp';
import { formatTimestamp, plural } from '~/lib/format';
import { buildThread, reviewStatus, type ThreadNode } from '~/lib/posts';

import { AuthorStatus } from './author-status';
import { ComposeStatement } from './compose-statement';
import { useTopicViewer } from './topic-viewer';
import styles from './topic.module.css';
import { useTopicPosts, type PublicPost, type TopicPostsPage } from './use-topic-posts';

/** Indentation stops growing past this depth so deep threads stay readable at 360 px. */
const MAX_INDENT_DEPTH = 4;

export function TopicPosts({
  topicId,
  acceptsPosts,
  initialPage,
  viewer,
}: {
  topicId: string;
  acceptsPosts: boolean;
  initialPage: TopicPostsPage;
  /** The signed-in citizen's username, or null when anonymous. */
  viewer: string | null;
}) {
  const { posts, inEvaluation, announcement, hasMore, loadMore, loadingMore, stale, live } =
    useTopicPosts(topicId, initialPage);
  const thread = useMemo(() => buildThread(posts), [posts]);
  const [replyTo, setReplyTo] = useState<PublicPost | null>(null);
  const cancelReply = useCallback(() => setReplyTo(null), []);
  // Quote-reply: the reply's parent and the quoted passage (a new object per quote, so quoting
  // the same words twice still lands).
  const [quote, setQuote] = useState<{ text: string } | null>(null);
  const onQuote = useCallback((post: PublicPost, text: string) => {
    setReplyTo(post);
    setQuote({ text });
  }, []);
  // A calibrated statement being revised: the composer takes its text and resubmits it.
  const [revising, setRevising] = useState<{ id: string; body: string } | null>(null);
  const cancelRevise = useCallback(() => setRevising(null), []);
  const [submitted, setSubmitted] = useState<string[]>([]);
  const onSubmitted = useCallback((id: string) => setSubmitted((ids) => [...ids, id]), []);

  return (
    <>
      <p className={styles.tally} data-testid="tally" data-live={live}>
        {plural(posts.length, 'statement')} on the record
        {inEvaluation > 0 ? <> · {inEvaluation} in evaluation</> : null}
        {stale ? <> · the pneumatic line is down; retrying</> : null}
      </p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>

      {viewer ? (
        <AuthorStatus
          posts={posts}
          viewer={viewer}
          submitted={submitted}
          onRevise={setRevising}
          streamUp={live === 'live'}
        />
      ) : null}

      {posts.length === 0 ? (
        <p className={styles.empty}>No statements yet. The floor is open to reasoned argument.</p>
      ) : (
        <Thread
          nodes={thread}
          depth={0}
          canReply={acceptsPosts}
          onReply={setReplyTo}
          onQuote={onQuote}
          viewer={viewer}
        />
      )}

      {hasMore ? (
        <p className={styles.more}>
          <button
            type="button"
            className="button button-quiet"
            onClick={loadMore}
            disabled={loadingMore}
          >
            {loadingMore ? 'Fetching from the archive…' : 'Load later statements'}
          </button>
        </p>
      ) : null}

      {acceptsPosts ? (
        <ComposeStatement
          topicId={topicId}
          replyTo={replyTo}
          quote={quote}
          onCancelReply={cancelReply}
          revising={revising}
          onCancelRevise={cancelRevise}
          onSubmitted={onSubmitted}
        />
      ) : (
        <p className={styles.closed}>
          This topic is still before the Topic Approval Bureau. Statements open once it is approved.
        </p>
      )}
    </>
  );
}

function Thread({
  nodes,
  depth,
  canReply,
  onReply,
  onQuote,
  viewer,
}: {
  nodes: ThreadNode<PublicPost>[];
  depth: number;
  canReply: boolean;
  onReply: (post: PublicPost) => void;
  onQuote: (post: PublicPost, text: string) => void;
  viewer: string | null;
}) {
  const className =
    depth === 0
      ? styles.thread
      : depth <= MAX_INDENT_DEPTH
        ? `${styles.thread} ${styles.replies}`
        : styles.thread;
  return (
    <ol
      className={className}
      aria-label={depth === 0 ? 'Statements, in order of submission' : undefined}
    >
      {nodes.map((node) => (
        <li key={node.post.id}>
          <PostCard
            post={node.post}
            orphan={node.orphan}
            canReply={canReply}
            onReply={onReply}
            onQuote={onQuote}
            viewer={viewer}
          />
          {node.replies.length > 0 ? (
            <Thread
              nodes={node.replies}
              depth={depth + 1}
              canReply={canReply}
              onReply={onReply}
              onQuote={onQuote}
              viewer={viewer}
            />
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function PostCard({
  post,
  orphan,
  canReply,
  onReply,
  onQuote,
  viewer,
}: {
  post: PublicPost;
  orphan: boolean;
  canReply: boolean;
  onReply: (post: PublicPost) => void;
  onQuote: (post: PublicPost, text: string) => void;
  viewer: string | null;
}) {
  const { blocked } = useTopicViewer();
  if (blocked.has(post.author.username.toLowerCase())) return <BlockedPost post={post} />;
  return (
    <VisiblePost
      post={post}
      orphan={orphan}
      canReply={canReply}
      onReply={onReply}
      onQuote={onQuote}
      viewer={viewer}
    />
  );
}

/** A blocked citizen's statement, folded: one click shows it (docs/product.md §20). */
function BlockedPost({ post }: { post: PublicPost }) {
  return (
    <article
      className={`${styles.post} ${styles.blocked}`}
      data-testid="post"
      data-post-id={post.id}
      data-status={post.status}
      data-collapsed="true"
      aria-label={`Statement by @${post.author.username}, whom you blocked`}
    >
      <details>
        <summary className={styles.blockedSummary}>
          Statement by @{post.author.username}, whom you blocked
          <span className="visually-hidden">: show it</span>
        </summary>
        <div className={styles.body}>{post.body}</div>
      </details>
    </article>
  );
}

function VisiblePost({
  post,
  orphan,
  canReply,
  onReply,
  onQuote,
  viewer,
}: {
  post: PublicPost;
  orphan: boolean;
  canReply: boolean;
  onReply: (post: PublicPost) => void;
  onQuote: (post: PublicPost, text: string) => void;
  viewer: string | null;
}) {
  const status = reviewStatus(post);
  const { lastSeenAt } = useTopicViewer();
  // Followers see what was approved since their last visit (docs/product.md §21).
  const isNew =
    lastSeenAt !== null &&
    post.status === 'approved' &&
    post.decidedAt !== null &&
    post.decidedAt.getTime() > lastSeenAt.getTime() &&
    post.author.username !== viewer;
  // Signed-in citizens may report what the Overlord let through, except their own words.
  const canReport =
    viewer !== null && post.status === 'approved' && post.author.username !== viewer;
  // Their own approved words they may revise, on the statement's page (docs/product.md §17).
  const canRevise =
    viewer !== null && post.status === 'approved' && post.author.username === viewer;
  const headingId = `post-${post.id}`;
  const verdict = post.status === 'approved' ? post.feedback : null;
  return (
    <article
      className={`${styles.post} ${styles[status.tone]}`}
      data-testid="post"
      data-post-id={post.id}
      data-status={post.status}
      data-review-state={post.reviewState}
      aria-labelledby={headingId}
    >
      <header className={styles.postHead}>
        <h3 className={styles.author} id={headingId}>
          <span className="visually-hidden">Statement by </span>@{post.author.username}
        </h3>
        <Link className={styles.time} href={`/statements/${post.id}`} data-testid="post-link">
          <time dateTime={post.submittedAt.toISOString()}>{formatTimestamp(post.submittedAt)}</time>
          <span className="visually-hidden"> (open this statement)</span>
        </Link>
        {post.revisedAt ? (
          <Link
            className={styles.time}
            href={`/statements/${post.id}#history-title`}
            data-testid="post-revised"
          >
            Revised{' '}
            <time dateTime={post.revisedAt.toISOString()}>{formatTimestamp(post.revisedAt)}</time>
            <span className="visually-hidden"> (see the revision history)</span>
          </Link>
        ) : null}
        {isNew ? (
          <span className={styles.newMark} data-testid="new-since-visit">
            New since your last visit
          </span>
        ) : null}
        <p className={styles.status} role="status" aria-live="polite" aria-atomic="true">
          <span className="visually-hidden">Status: </span>
          <StatusStamp tone={status.tone}>{status.label}</StatusStamp>
        </p>
      </header>

      {orphan ? (
        <p className={styles.orphan}>In reply to a statement no longer on the public record.</p>
      ) : null}

      <StatementBody html={post.bodyHtml} />

      {post.status === 'approved' && post.commentary ? (
        <OverlordSays>{post.commentary}</OverlordSays>
      ) : null}

      {verdict || canReply || canReport || canRevise ? (
        <footer className={styles.postFoot}>
          {verdict ? (
            <p className={styles.verdict}>
              <span className={styles.verdictLabel}>Overlord verdict</span> {verdict}
            </p>
          ) : null}
          {canReply ? (
            <button type="button" className={styles.reply} onClick={() => onReply(post)}>
              Reply<span className="visually-hidden"> to @{post.author.username}</span>
            </button>
          ) : null}
          {canReply ? (
            <QuoteButton
              className={styles.reply}
              author={post.author.username}
              body={post.body}
              onQuote={(text) => onQuote(post, text)}
            />
          ) : null}
          {canRevise ? (
            <Link className={styles.reply} href={`/statements/${post.id}#revise`}>
              Revise<span className="visually-hidden"> your statement</span>
            </Link>
          ) : null}
          {canReport ? (
            <ReportForm
              kind="post"
              id={post.id}
              subject={`statement by @${post.author.username}`}
            />
          ) : null}
        </footer>
      ) : null}
    </article>
  );
}
