import { forbidden } from 'next/navigation';

import { ButtonLink } from '~/components/button';
import { PageHeading } from '~/components/page-heading';
import { pageHref, Pagination } from '~/components/pagination';
import { Panel } from '~/components/panel';
import { currentCitizen } from '~/lib/citizens';
import { trpcErrorCode } from '~/trpc/errors';

import styles from '../citizens/citizens.module.css';

/**
 * A docket's page of cases, or null for a visitor who is not signed in. A signed-in citizen gets
 * the Ministry's 403 page (officials only).
 */
export async function readDocket<T>(query: Promise<T>): Promise<T | null> {
  return query.catch((error: unknown) => {
    const code = trpcErrorCode(error);
    if (code === 'FORBIDDEN') forbidden();
    if (code === 'UNAUTHORIZED') return null;
    throw error;
  });
}

/** What a signed-out visitor sees instead of a docket. */
export function DocketSignIn({ what, path }: { what: string; path: string }) {
  return (
    <div className={styles.page} data-testid="docket-sign-in">
      <PageHeading kicker="Central Committee · Sealed" title="Identify yourself first" />
      <Panel tone="red">
        <p>The docket of {what} is open to the Ministry’s officials only.</p>
        <p>
          <ButtonLink href={`/sign-in?callbackUrl=${encodeURIComponent(path)}`}>Sign in</ButtonLink>
        </p>
      </Panel>
    </div>
  );
}

/** Older cases first, so "previous" goes back towards the oldest. */
export function DocketPagination({
  page,
  pageCount,
  path,
}: {
  page: number;
  pageCount: number;
  path: string;
}) {
  return (
    <Pagination
      label="Docket pages"
      page={page}
      pageCount={pageCount}
      prevHref={page > 1 ? pageHref(path, {}, page - 1) : null}
      nextHref={page < pageCount ? pageHref(path, {}, page + 1) : null}
      prevText="← Older"
      nextText="Newer →"
    />
  );
}

/** Admins+ also see the tag administration tab. */
export async function isAdmin(): Promise<boolean> {
  const me = await currentCitizen();
  return me?.role === 'admin' || me?.role === 'superadmin';
}
