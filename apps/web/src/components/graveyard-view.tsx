import { forbidden, notFound } from 'next/navigation';

import { EmptyState } from '~/components/empty-state';
import { GraveyardList } from '~/components/graveyard-list';
import { OverlordMessage } from '~/components/overlord-message';
import { PageHeading } from '~/components/page-heading';
import { pageHref, Pagination } from '~/components/pagination';
import { ButtonLink } from '~/components/button';
import { Panel } from '~/components/panel';
import { plural } from '~/lib/format';
import { trpcErrorCode } from '~/trpc/errors';
import { getServerApi } from '~/trpc/server';

import styles from '../app/citizens/citizens.module.css';

/**
 * A Graveyard page: one's own (`username` undefined) or, for moderators+, another citizen's.
 * Anonymous visitors get a sign-in prompt; other citizens the Ministry's 403 page.
 */
export async function GraveyardView({
  username,
  page,
  path,
}: {
  username?: string;
  page: number;
  path: string;
}) {
  const result = await getServerApi()
    .users.graveyard.query({ username, page })
    .then(
      (data) => ({ ok: true as const, data }),
      (error: unknown) => {
        const code = trpcErrorCode(error);
        if (code === 'UNAUTHORIZED' || code === 'FORBIDDEN' || code === 'NOT_FOUND')
          return { ok: false as const, code };
        throw error;
      },
    );

  if (!result.ok) {
    // Real statuses for a sealed file (403, app/forbidden.tsx) or a citizen who does not exist.
    if (result.code === 'NOT_FOUND') notFound();
    if (result.code === 'FORBIDDEN') forbidden();
    return (
      <div className={styles.page} data-testid="graveyard-refused" data-reason={result.code}>
        <PageHeading kicker="Graveyard · Sealed" title="Identify yourself first" />
        <Panel tone="red">
          <p>
            The Graveyard keeps each citizen’s rejected statements, with the Overlord’s reasons. It
            opens only to its owner. Sign in to visit yours.
          </p>
          <p>
            <ButtonLink href={`/sign-in?callbackUrl=${encodeURIComponent(path)}`}>
              Sign in
            </ButtonLink>
          </p>
        </Panel>
      </div>
    );
  }

  const { data } = result;
  const own = username === undefined;
  return (
    <div className={styles.page} data-testid="graveyard" data-username={data.username}>
      <PageHeading
        kicker={own ? 'Graveyard · Private to you' : `Graveyard · File of ${data.username}`}
        title={own ? 'Your Graveyard' : `Graveyard of ${data.username}`}
        lede={`${plural(data.total, 'rejected item')}. Visible only to ${own ? 'you' : 'this citizen'} and to the Ministry’s officials.`}
      />
      {own ? (
        <OverlordMessage label="Ministry notice" srLabel="Overlord notice">
          Here lie your rejected topics and statements, each with my reasons. Study them. A
          rejection may be appealed, within limits.
        </OverlordMessage>
      ) : null}
      <section aria-labelledby="buried-title">
        <h2 id="buried-title" className="visually-hidden">
          Rejected items
        </h2>
        {data.items.length === 0 ? (
          <EmptyState title="Nothing buried here">
            {own
              ? 'The Overlord has rejected nothing of yours. Loyalty is noted.'
              : 'This citizen has no rejected content.'}
          </EmptyState>
        ) : (
          <GraveyardList items={data.items} own={own} />
        )}
      </section>
      <Pagination
        label="Graveyard pages"
        page={data.page}
        pageCount={data.pageCount}
        prevHref={data.page > 1 ? pageHref(path, {}, data.page - 1) : null}
        nextHref={data.page < data.pageCount ? pageHref(path, {}, data.page + 1) : null}
        prevText="← Newer"
        nextText="Older →"
      />
    </div>
  );
}
