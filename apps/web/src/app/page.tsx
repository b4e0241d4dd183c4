import type { Metadata } from 'next';
import Link from 'next/link';

import { ButtonLink } from '~/components/button';
import { EmptyState } from '~/components/empty-state';
import { PageHeading } from '~/components/page-heading';
import { Pagination } from '~/components/pagination';
import { SearchForm } from '~/components/search-form';
import { StatusStamp } from '~/components/status-stamp';
import { TagList } from '~/components/tag-list';
import {
  excerpt,
  FEED_SORTS,
  type FeedSort,
  feedHref,
  formatTimestamp,
  isFeedSort,
  isUuid,
  plural,
  TAG_SLUG,
} from '~/lib/format';
import { getServerApi } from '~/trpc/server';

import styles from './feed.module.css';

export const metadata: Metadata = { title: 'Topics' };

const PAGE_SIZE = 20;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Query parameters the api would refuse are dropped here rather than shown as an error. */
function readFilters(raw: Record<string, string | string[] | undefined>) {
  const tag = first(raw.tag)?.trim().toLowerCase();
  const q = first(raw.q)?.trim().slice(0, 200);
  const cursor = first(raw.cursor)?.trim();
  const sort = first(raw.sort);
  return {
    sort: isFeedSort(sort) ? sort : ('newest' as FeedSort),
    tag: tag && tag.length <= 40 && TAG_SLUG.test(tag) ? tag : undefined,
    q: q || undefined,
    cursor: cursor && isUuid(cursor) ? cursor : undefined,
  };
}

export default async function TopicsFeedPage({ searchParams }: { searchParams: SearchParams }) {
  const { tag, q, sort, cursor } = readFilters(await searchParams);
  const api = getServerApi();
  const { items, nextCursor } = await api.topics.list.query({
    limit: PAGE_SIZE,
    tag,
    q,
    sort,
    cursor,
  });
  const filtered = Boolean(tag || q);

  return (
    <div className={styles.feed}>
      <PageHeading
        kicker="Public record"
        title="Topics before the Overlord"
        lede="Every topic and every statement passes through the Overlord’s queues and is judged for logic, tone and relevance."
        actions={<ButtonLink href="/topics/new">Propose a topic</ButtonLink>}
      />

      <SearchForm
        action="/"
        id="topic-search"
        label="Search the record"
        query={q}
        placeholder="e.g. transport"
        maxLength={200}
        hidden={{ tag, sort: sort === 'newest' ? undefined : sort }}
      />

      <nav aria-label="Order of topics" className={styles.sorts}>
        <span className={styles.sortsLabel}>Order:</span>
        <ul>
          {Object.entries(FEED_SORTS).map(([value, label]) => (
            <li key={value}>
              <Link
                href={feedHref({ tag, q, sort: value as FeedSort })}
                aria-current={value === sort ? 'page' : undefined}
                className={value === sort ? styles.sortCurrent : undefined}
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {filtered ? (
        <p className={styles.filters} role="status">
          Showing topics
          {tag ? (
            <>
              {' '}
              tagged <strong className={styles.filterValue}>#{tag}</strong>
            </>
          ) : null}
          {q ? (
            <>
              {' '}
              matching <strong className={styles.filterValue}>&ldquo;{q}&rdquo;</strong>
            </>
          ) : null}
          . <Link href="/">Clear filters</Link>
          {q ? (
            <>
              {' '}
              ·{' '}
              <Link href={`/search?${new URLSearchParams({ q }).toString()}`}>
                See the matching words highlighted
              </Link>
            </>
          ) : null}
        </p>
      ) : null}

      {items.length === 0 ? (
        <EmptyState title={filtered ? 'No matching topics' : 'No topics'}>
          {filtered
            ? 'The record holds no topic of that description. The Ministry suggests a broader inquiry.'
            : 'No topics are before the Overlord. Silence has been noted.'}
        </EmptyState>
      ) : (
        <ol className={styles.list} aria-label={`Topics, ${FEED_SORTS[sort].toLowerCase()} first`}>
          {items.map((topic) => (
            <li key={topic.id}>
              <article
                className={styles.topic}
                data-testid="topic"
                data-topic-id={topic.id}
                data-status={topic.status}
                aria-labelledby={`topic-${topic.id}`}
              >
                <div className={styles.topicMeta}>
                  <span>
                    {topic.isSystem || !topic.author ? (
                      <span className={styles.system}>The Overlord</span>
                    ) : (
                      <>@{topic.author.username}</>
                    )}
                  </span>
                  <span aria-hidden="true">·</span>
                  <time dateTime={topic.submittedAt.toISOString()}>
                    {formatTimestamp(topic.submittedAt)}
                  </time>
                  {topic.inEvaluation ? (
                    <StatusStamp tone="pending">In evaluation</StatusStamp>
                  ) : null}
                </div>
                <h2 className={styles.topicTitle} id={`topic-${topic.id}`}>
                  <Link href={`/topics/${topic.id}`}>{topic.title}</Link>
                </h2>
                <p className={styles.excerpt}>{excerpt(topic.description)}</p>
                <div className={styles.topicFoot}>
                  <TagList tags={topic.tags} label={`Tags of “${topic.title}”`} />
                  <span className={styles.count}>{plural(topic.postCount, 'statement')}</span>
                </div>
              </article>
            </li>
          ))}
        </ol>
      )}

      <Pagination
        label="More topics"
        prevHref={cursor ? feedHref({ tag, q, sort }) : null}
        nextHref={nextCursor ? feedHref({ tag, q, sort, cursor: nextCursor }) : null}
        prevText={sort === 'newest' ? '← Newest topics' : '← First topics'}
        nextText={sort === 'newest' ? 'Older topics →' : 'More topics →'}
      />
    </div>
  );
}
