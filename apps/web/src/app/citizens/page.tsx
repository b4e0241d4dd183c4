import type { Metadata } from 'next';
import Link from 'next/link';

import { CitizenTable } from '~/components/citizen-table';
import { EmptyState } from '~/components/empty-state';
import { PageHeading } from '~/components/page-heading';
import { pageHref, Pagination, readPage } from '~/components/pagination';
import { SearchForm } from '~/components/search-form';
import { plural } from '~/lib/format';
import { getServerApi } from '~/trpc/server';

import styles from './citizens.module.css';

export const metadata: Metadata = { title: 'Registry of citizens' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RegistryPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const rawQ = Array.isArray(params.q) ? params.q[0] : params.q;
  const q = rawQ?.trim().slice(0, 64) || undefined;
  const requested = readPage(params.page);
  const registry = await getServerApi().users.registry.query({ q, page: requested });

  return (
    <div className={styles.page}>
      <PageHeading
        kicker="Registry · Public directory"
        title="Registry of citizens"
        lede="Every citizen on file, by name, with rank, loyalty and badges. Open a file to read its public record."
      />
      <SearchForm
        action="/citizens"
        id="citizen-search"
        label="Search the Registry by name"
        query={q}
        placeholder="e.g. vera"
        maxLength={64}
      />
      {q ? (
        <p className={styles.status} role="status">
          {plural(registry.matching, 'citizen')} matching <strong>&ldquo;{q}&rdquo;</strong>.{' '}
          <Link href="/citizens">Clear search</Link>
        </p>
      ) : null}
      {registry.items.length === 0 ? (
        <EmptyState title="No such citizen">
          {q
            ? 'The Registry holds no citizen of that name. Perhaps they were never born.'
            : 'The Registry is empty.'}
        </EmptyState>
      ) : (
        <CitizenTable
          caption={`Registry of citizens${q ? ` matching “${q}”` : ''}, page ${registry.page} of ${registry.pageCount}`}
          rows={registry.items}
          cutoffRank={registry.cutoff.cutoffRank}
          sharePercent={registry.cutoff.sharePercent}
        />
      )}
      <Pagination
        label="Registry pages"
        page={registry.page}
        pageCount={registry.pageCount}
        prevHref={registry.page > 1 ? pageHref('/citizens', { q }, registry.page - 1) : null}
        nextHref={
          registry.page < registry.pageCount
            ? pageHref('/citizens', { q }, registry.page + 1)
            : null
        }
      />
    </div>
  );
}
