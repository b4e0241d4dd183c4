import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { OverlordSays } from '~/components/overlord-says';
import { ReportForm } from '~/components/report-form';
import { StatusStamp } from '~/components/status-stamp';
import { TagList } from '~/components/tag-list';
import { TopicStatus } from '~/components/topic-status';
import { excerpt, formatTimestamp, isUuid } from '~/lib/format';
import { POSTS_PAGE_SIZE } from '~/lib/posts';
import { isNotFound } from '~/trpc/errors';
import { getServerApi } from '~/trpc/server';

import styles from './topic.module.css';
import { FollowTopic } from './follow-topic';
import { TopicPosts } from './topic-posts';
import { TopicViewerProvider } from './topic-viewer';

type Params = Promise<{ id: string }>;

/** One fetch per request, shared by the metadata and the page. Unknown topics → 404. */
const loadTopic = cache(async (id: string) => {
  if (!isUuid(id)) notFound();
  try {
    return await getServerApi().topics.get.query({ id });
  } catch (error) {
    if (isNotFound(error)) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const topic = await loadTopic((await params).id);
  return { title: topic.title, description: excerpt(topic.description, 160) };
}

export default async function TopicPage({ params }: { params: Params }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [topic, firstPage, viewer, blocked, follow] = await Promise.all([
    loadTopic(id),
    getServerApi().posts.byTopic.query({ topicId: id, limit: POSTS_PAGE_SIZE }),
    // Anonymous visitors get UNAUTHORIZED here: no status card, nothing else changes.
    getServerApi()
      .account.me.query()
      .then((me) => me.username)
      .catch(() => null),
    // Whose statements fold away for this reader (none when anonymous).
    getServerApi()
      .blocks.list.query()
      .then((list) => list.map((b) => b.username))
      .catch(() => [] as string[]),
    // Following and "new since your last visit" (signed-in citizens only).
    getServerApi()
      .follows.state.query({ topicId: id })
      .catch(() => null),
  ]);

  return (
    <article className={styles.topicPage} data-topic-id={topic.id} data-status={topic.status}>
      <header className={styles.topicHead}>
        <p className={styles.back}>
          <Link href="/">← All topics</Link>
        </p>
        <div className={styles.topicMeta}>
          {topic.isSystem || !topic.author ? (
            <span className={styles.system}>Decree of the Overlord</span>
          ) : (
            <span>Proposed by @{topic.author.username}</span>
          )}
          <span aria-hidden="true">·</span>
          <time dateTime={topic.submittedAt.toISOString()}>
            {formatTimestamp(topic.submittedAt)}
          </time>
          {topic.inEvaluation ? <StatusStamp tone="pending">In evaluation</StatusStamp> : null}
        </div>
        <h1 className={styles.topicTitle}>{topic.title}</h1>
        <p className={styles.description}>{topic.description}</p>
        <TagList tags={topic.tags} label="Topic tags" />
        {viewer && topic.inEvaluation && topic.author?.username === viewer ? (
          <TopicStatus topicId={topic.id} />
        ) : null}
        {topic.status === 'approved' && topic.commentary ? (
          <OverlordSays>{topic.commentary}</OverlordSays>
        ) : null}
        {follow ? <FollowTopic topicId={topic.id} initial={follow} /> : null}
        {viewer &&
        topic.status === 'approved' &&
        !topic.isSystem &&
        topic.author &&
        topic.author.username !== viewer ? (
          <ReportForm kind="topic" id={topic.id} subject={`topic by @${topic.author.username}`} />
        ) : null}
      </header>

      <section className={styles.statements} aria-labelledby="statements-title">
        <h2 id="statements-title" className={styles.sectionTitle}>
          Statements
        </h2>
        <TopicViewerProvider blocked={blocked} lastSeenAt={follow?.lastSeenAt ?? null}>
          <TopicPosts
            key={topic.id}
            topicId={topic.id}
            acceptsPosts={topic.status === 'approved'}
            initialPage={firstPage}
            viewer={viewer}
          />
        </TopicViewerProvider>
      </section>
    </article>
  );
}
