import type { Metadata } from 'next';
import Link from 'next/link';

import { EmptyState } from '~/components/empty-state';
import { Highlighted } from '~/components/highlighted';
import { PageHeading } from '~/components/page-heading';
import { Pagination } from '~/components/pagination';
import { SearchForm } from '~/components/search-form';
import { StatusStamp } from '~/components/status-stamp';
import { formatTimestamp, plural } from '~/lib/format';
import { getServerApi } from '~/trpc/server';

import styles from './search.module.css';

export const metadata: Metadata = { title: 'Search the record' };

const PAGE_SIZE = 10;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const CURSOR = /^\d+(?:\.\d+)?(?:e-?\d+)?_[0-9a-f-]{36}$/i;

function searchHref(q: string, cursor?: string) {
  const params = new URLSearchParams({ q });
  if (cursor) params.set('cursor', cursor);
  return `/search?${params.toString()}`;
}

/** Keyword search over topics and approved statements (docs/product.md §12). */
export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const q = first(raw.q)?.trim().slice(0, 200) || undefined;
  const rawCursor = first(raw.cursor)?.trim();
  const cursor = rawCursor && CURSOR.test(rawCursor) ? rawCursor : undefined;
  const found = q ? await getServerApi().search.query.query({ q, limit: PAGE_SIZE, cursor }) : null;

  return (
    <div className={styles.search}>
      <PageHeading
        kicker="Public record"
        title="Search the record"
        lede="Topics and approved statements, best match first. Quote a phrase, or put a minus before a word to leave it out."
      />

      <SearchForm
        action="/search"
        id="record-search"
        label="Words to look for"
        query={q}
        placeholder="e.g. fare barrier"
        maxLength={200}
      />

      {found === null ? null : found.results.length === 0 ? (
        <EmptyState title="Nothing in the record matches">
          No topic or approved statement holds those words. The Ministry suggests other words.
        </EmptyState>
      ) : (
        <section aria-labelledby="results-title">
          <h2 id="results-title" className={styles.sectionTitle}>
            Results for &ldquo;{q}&rdquo;
          </h2>
          <ol className={styles.results}>
            {found.results.map((result) => (
              <li key={result.topic.id}>
                <article
                  className={styles.result}
                  data-testid="search-result"
                  data-topic-id={result.topic.id}
                  aria-labelledby={`result-${result.topic.id}`}
                >
                  <h3 className={styles.resultTitle} id={`result-${result.topic.id}`}>
                    <Link href={`/topics/${result.topic.id}`}>
                      <Highlighted segments={result.title} />
                    </Link>
                  </h3>
                  <p className={styles.meta}>
                    <time dateTime={result.topic.submittedAt.toISOString()}>
                      {formatTimestamp(result.topic.submittedAt)}
                    </time>
                    {result.statementMatches > 0 ? (
                      <span>
                        {' · '}
                        {plural(result.statementMatches, 'matching statement')}
                      </span>
                    ) : null}
                    {result.topic.inEvaluation ? (
                      <StatusStamp tone="pending">In evaluation</StatusStamp>
                    ) : null}
                  </p>
                  {result.description ? (
                    <p className={styles.snippet}>
                      <Highlighted segments={result.description} />
                    </p>
                  ) : null}
                  {result.statements.length > 0 ? (
                    <ul className={styles.statements} aria-label="Matching statements">
                      {result.statements.map((statement) => (
                        <li key={statement.id} data-testid="search-statement">
                          <span className={styles.author}>@{statement.author.username}</span>{' '}
                          <Link href={`/topics/${result.topic.id}#post-${statement.id}`}>
                            <Highlighted segments={statement.snippet} />
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </article>
              </li>
            ))}
          </ol>
          <Pagination
            label="More results"
            prevHref={cursor && q ? searchHref(q) : null}
            nextHref={found.nextCursor && q ? searchHref(q, found.nextCursor) : null}
            prevText="← Best matches"
            nextText="More results →"
          />
        </section>
      )}

      {found && found.related.length > 0 ? (
        <section aria-labelledby="related-title" data-testid="related">
          <h2 id="related-title" className={styles.sectionTitle}>
            Related by meaning
          </h2>
          <ul className={styles.related}>
            {found.related.map((topic) => (
              <li key={topic.topicId}>
                <Link href={`/topics/${topic.topicId}`}>{topic.title}</Link>
                <p className={styles.snippet}>
                  {topic.via === 'statement' ? 'From a statement: ' : null}
                  {topic.excerpt}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
