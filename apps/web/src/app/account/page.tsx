import type { Metadata } from 'next';
import { redirect } from 'next/navigation';

import { ButtonLink } from '~/components/button';
import styles from '~/components/form.module.css';
import { PageHeading } from '~/components/page-heading';
import { citizenHref } from '~/lib/citizens';
import { trpcErrorCode } from '~/trpc/errors';
import { getServerApi } from '~/trpc/server';

import { ChangeUsername } from './change-username';

export const metadata: Metadata = { title: 'Your file' };
export const dynamic = 'force-dynamic';

export default async function AccountPage() {
  const me = await getServerApi()
    .account.me.query()
    .catch((error: unknown) => {
      if (trpcErrorCode(error) === 'UNAUTHORIZED') return null;
      throw error;
    });
  if (!me) redirect(`/sign-in?callbackUrl=${encodeURIComponent('/account')}`);

  return (
    <div className={styles.page}>
      <PageHeading
        kicker="Registry · Citizen file"
        title="Your file"
        actions={
          <>
            <ButtonLink href={citizenHref(me.username)} variant="quiet">
              Your public profile
            </ButtonLink>
            <ButtonLink href="/graveyard" variant="quiet">
              Your Graveyard
            </ButtonLink>
          </>
        }
      />
      <dl className={styles.facts}>
        <dt>Public name</dt>
        <dd data-testid="current-username">{me.username}</dd>
        <dt>Standing</dt>
        <dd>
          {me.role === 'citizen' ? 'Citizen' : `Official (${me.role})`}, loyalty {me.loyaltyScore}
          {me.rank ? `, rank ${me.rank}` : ''}
        </dd>
        <dt>Topic proposals</dt>
        <dd>{me.canCreateTopics ? 'Permitted' : 'Reserved for the most loyal tenth'}</dd>
      </dl>
      <ChangeUsername current={me.username} canChange={me.canChangeUsername} />
    </div>
  );
}
