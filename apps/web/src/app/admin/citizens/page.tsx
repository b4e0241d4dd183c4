import type { Metadata } from 'next';
import Link from 'next/link';

import { EmptyState } from '~/components/empty-state';
import { PageHeading } from '~/components/page-heading';
import { pageHref, Pagination, readPage } from '~/components/pagination';
import { SearchForm } from '~/components/search-form';
import { formatTimestamp, plural } from '~/lib/format';
import { getServerApi } from '~/trpc/server';

import tableStyles from '~/components/citizen-table.module.css';

import styles from '../../citizens/citizens.module.css';
import { DocketSignIn, readDocket } from '../../moderation/docket';
import { isSuperadmin } from '../admin';
import { AdminTabs } from '../admin-tabs';

export const metadata: Metadata = { title: 'Citizens · Administration' };
export const dynamic = 'force-dynamic';

const PATH = '/admin/citizens';
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Citizen administration (docs/product.md §18): search by name or email, admins+. */
export default async function AdminCitizensPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const q = typeof params.q === 'string' ? params.q.slice(0, 254) : '';
  const page = readPage(params.page);
  const result = await readDocket(getServerApi().admin.citizens.query({ q, page }));
  if (!result) return <DocketSignIn what="citizens" path={PATH} />;

  return (
    <div className={styles.page} data-testid="admin-citizens">
      <PageHeading
        kicker="Ministry administration · Citizens"
        title="Citizens"
        lede={`${plural(result.total, 'citizen')}${q ? ` matching “${q}”` : ''}, newest first.`}
      />
      <AdminTabs current="/admin/citizens" superadmin={await isSuperadmin()} />
      <SearchForm
        action={PATH}
        id="admin-citizen-search"
        label="Find a citizen by name or email"
        query={q}
        placeholder="username or email"
        maxLength={254}
      />
      {result.items.length === 0 ? (
        <EmptyState title="No such citizen">Nobody on file matches.</EmptyState>
      ) : (
        <div className={tableStyles.scroller}>
          <table className={tableStyles.table}>
            <caption className="visually-hidden">Citizens matching the search</caption>
            <thead>
              <tr>
                <th scope="col">Citizen</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Score</th>
                <th scope="col">Standing</th>
                <th scope="col">Joined</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((c) => (
                <tr key={c.id} data-testid="admin-citizen-row" data-username={c.username}>
                  <th scope="row">
                    <Link href={`${PATH}/${encodeURIComponent(c.username)}`}>{c.username}</Link>
                  </th>
                  <td>{c.email ?? '—'}</td>
                  <td>{c.role}</td>
                  <td>{c.loyaltyScore}</td>
                  <td>{c.deleted ? 'deleted' : c.banned ? 'banned' : 'in good standing'}</td>
                  <td>
                    <time dateTime={c.createdAt.toISOString()}>{formatTimestamp(c.createdAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        label="Citizen pages"
        page={result.page}
        pageCount={result.pageCount}
        prevHref={result.page > 1 ? pageHref(PATH, { q }, result.page - 1) : null}
        nextHref={result.page < result.pageCount ? pageHref(PATH, { q }, result.page + 1) : null}
      />
    </div>
  );
}
