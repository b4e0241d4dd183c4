import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';

import { CopyLink } from '~/components/copy-link';
import { GraveyardList } from '~/components/graveyard-list';
import { OverlordSays } from '~/components/overlord-says';
import { PageHeading } from '~/components/page-heading';
import { StatementBody } from '~/components/statement-body';
import { StatusStamp } from '~/components/status-stamp';
import { WithdrawStatement } from '~/components/withdraw-statement';
import { env } from '~/env';
import { excerpt, formatTimestamp, isUuid } from '~/lib/format';
import { reviewStatus } from '~/lib/posts';
import { isNotFound } from '~/trpc/errors';
import type { RouterOutputs } from '~/trpc/react';
import { getServerApi } from '~/trpc/server';

import { ReviseStatement } from './revise-statement';
import { RevisionHistory } from './revision-history';
import { RevisionStatus, RevisionWatch } from './revision-status';
import styles from './statement.module.css';

type Params = Promise<{ id: string }>;
type StatementPage = RouterOutputs['posts']['get'];
type PublicPost = Extract<StatementPage, { view: 'public' }>['post'];

/** One read per request, shared by the metadata and the page. Unknown or sealed → 404. */
const loadStatement = cache(async (id: string) => {
  if (!isUuid(id)) notFound();
  try {
    return await getServerApi().posts.get.query({ id });
  } catch (error) {
    if (isNotFound(error)) notFound();
    throw error;
  }
});

const pathOf = (id: string) => `/statements/${id}`;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const page = await loadStatement((await params).id);
  // Only a public statement is described to crawlers and link previews; the rest stays unindexed.
  if (page.view !== 'public') {
    return { title: 'A sealed statement', robots: { index: false, follow: false } };
  }
  const title = `@${page.post.author.username} in “${excerpt(page.topic.title, 80)}”`;
  const description = excerpt(page.post.body, 200);
  const url = pathOf(page.post.id);
  return {
    title,
    description,
    ...(env.AUTH_URL ? { metadataBase: new URL(env.AUTH_URL) } : {}),
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      siteName: 'The Robot Overlord',
      title,
      description,
      url,
      publishedTime: page.post.submittedAt.toISOString(),
      authors: [`@${page.post.author.username}`],
    },
    twitter: { card: 'summary', title, description },
  };
}

export default async function StatementPage({ params }: { params: Params }) {
  const { id } = await params;
  const [page, viewer] = await Promise.all([
    loadStatement(id),
    getServerApi()
      .account.me.query()
      .then((me) => me.username)
      .catch(() => null),
  ]);
  // A revision's words are its statement's (docs/product.md §17): that page has them, and its
  // history.
  if (page.view === 'revision') redirect(pathOf(page.revisionOf));
  const back = (
    <p className={styles.back}>
      <Link href={`/topics/${page.topic.id}`}>← In “{page.topic.title}”</Link>
    </p>
  );

  if (page.view === 'graveyard') {
    return (
      <div className={styles.page} data-testid="statement-page" data-view="graveyard">
        {back}
        <PageHeading
          kicker={page.own ? 'Graveyard · Private to you' : 'Graveyard · Ministry file'}
          title="A rejected statement"
          lede="Visible only to its author and to the Ministry’s officials."
        />
        <GraveyardList items={[page.item]} own={page.own} />
      </div>
    );
  }

  if (page.view === 'own') {
    const { post } = page;
    const revision = post.revisionOf !== null;
    const label =
      post.status === 'withdrawn'
        ? 'Withdrawn by you'
        : post.status === 'calibrate'
          ? 'Returned for calibration'
          : revision && post.status === 'pending'
            ? 'Waiting for the Overlord'
            : 'Off the public record';
    return (
      <div className={styles.page} data-testid="statement-page" data-view="own">
        {back}
        <PageHeading
          kicker={revision ? 'Your revision · Private to you' : 'Your statement · Private to you'}
          title={revision ? 'A revision of your statement' : 'Not on the public record'}
          lede={
            revision
              ? 'Only you can read it until the Overlord approves it; then it replaces the statement’s text.'
              : 'Only you can open this page.'
          }
        />
        {post.revisionOf ? (
          <p className={styles.back}>
            <Link href={pathOf(post.revisionOf)}>The statement it revises</Link>
          </p>
        ) : null}
        <article className={`${styles.card} ${styles.pending}`} data-status={post.status}>
          <div className={styles.meta}>
            <StatusStamp tone={post.status === 'calibrate' ? 'calibrate' : 'pending'}>
              {label}
            </StatusStamp>
            <time dateTime={post.submittedAt.toISOString()}>
              {formatTimestamp(post.submittedAt)}
            </time>
          </div>
          <StatementBody html={post.bodyHtml} />
          {post.feedback ? (
            <OverlordSays label="The Overlord’s guidance">{post.feedback}</OverlordSays>
          ) : null}
        </article>
      </div>
    );
  }

  const { post, parent, replies, revisions } = page;
  const mine = viewer !== null && viewer === post.author.username;
  return (
    <div className={styles.page} data-testid="statement-page" data-view="public">
      {back}
      {parent ? (
        <section className={styles.context} aria-labelledby="parent-title">
          <h2 id="parent-title" className="visually-hidden">
            In reply to
          </h2>
          <PostLine post={parent} prefix="In reply to" />
        </section>
      ) : null}

      <article
        className={`${styles.card} ${post.status === 'approved' ? '' : styles.pending}`}
        data-testid="statement"
        data-post-id={post.id}
        data-status={post.status}
        aria-labelledby="statement-title"
      >
        <header className={styles.meta}>
          <h1 id="statement-title" className={styles.author}>
            <span className="visually-hidden">Statement by </span>@{post.author.username}
          </h1>
          <time dateTime={post.submittedAt.toISOString()}>{formatTimestamp(post.submittedAt)}</time>
          <StatusStamp tone={reviewStatus(post).tone}>{reviewStatus(post).label}</StatusStamp>
          {post.revisedAt ? (
            <span data-testid="revised-at">
              Revised{' '}
              <time dateTime={post.revisedAt.toISOString()}>{formatTimestamp(post.revisedAt)}</time>
            </span>
          ) : null}
        </header>
        <StatementBody html={post.bodyHtml} />
        {post.status === 'approved' && post.commentary ? (
          <OverlordSays>{post.commentary}</OverlordSays>
        ) : null}
        {post.status === 'approved' && post.feedback ? (
          <p className={styles.verdict}>Overlord verdict: {post.feedback}</p>
        ) : null}
        <div className={styles.actions}>
          <CopyLink path={pathOf(post.id)} />
          {mine && post.reviewState === 'waiting' ? <WithdrawStatement id={post.id} /> : null}
        </div>
      </article>

      {revisions.pending ? (
        mine ? (
          <RevisionStatus id={revisions.pending.id} topicId={page.topic.id} />
        ) : (
          <RevisionWatch id={revisions.pending.id} topicId={page.topic.id} />
        )
      ) : null}
      {/* Kept in place while a revision waits, so its state outlives the page's refreshes. */}
      {mine && post.status === 'approved' ? (
        <ReviseStatement
          id={post.id}
          body={post.body}
          waiting={revisions.pending !== null}
          returned={
            revisions.returned
              ? { body: revisions.returned.body, feedback: revisions.returned.feedback }
              : null
          }
        />
      ) : null}

      <RevisionHistory revisions={revisions} own={mine} />

      <section aria-labelledby="replies-title">
        <h2 id="replies-title" className={styles.sectionTitle}>
          {replies.length === 0 ? 'No replies yet' : `Replies (${replies.length})`}
        </h2>
        {replies.length > 0 ? (
          <ol className={styles.replies}>
            {replies.map((reply) => (
              <li key={reply.id} data-testid="statement-reply">
                <PostLine post={reply} />
              </li>
            ))}
          </ol>
        ) : null}
      </section>
    </div>
  );
}

/** A neighbouring statement (parent or reply): its text, and the way to its own page. */
function PostLine({ post, prefix }: { post: PublicPost; prefix?: string }) {
  const status = reviewStatus(post);
  return (
    <div className={styles.context} data-post-id={post.id}>
      <p className={styles.meta}>
        {prefix ? <span>{prefix}</span> : null}
        <span className={styles.author}>@{post.author.username}</span>
        <time dateTime={post.submittedAt.toISOString()}>{formatTimestamp(post.submittedAt)}</time>
        <StatusStamp tone={status.tone}>{status.label}</StatusStamp>
      </p>
      <StatementBody html={post.bodyHtml} />
      <p className={styles.meta}>
        <Link href={pathOf(post.id)}>
          Open statement<span className="visually-hidden"> by @{post.author.username}</span>
        </Link>
      </p>
    </div>
  );
}
