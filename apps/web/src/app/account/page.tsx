import type { Metadata } from 'next';
import { redirect } from 'next/navigation';

import { ButtonLink } from '~/components/button';
import { DispatchChoices } from '~/components/dispatch-choices';
import styles from '~/components/form.module.css';
import { PageHeading } from '~/components/page-heading';
import { OverlordMessage } from '~/components/overlord-message';
import { citizenHref } from '~/lib/citizens';
import { CSV_DATASETS, DATASET_LABELS } from '~/lib/export';
import { formatTimestamp } from '~/lib/format';
import { topShareName } from '~/lib/topics';
import { trpcErrorCode } from '~/trpc/errors';
import { getServerApi } from '~/trpc/server';

import { ChangeUsername } from './change-username';
import { CloseAccount } from './close-account';

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
  const restraints = (await getServerApi().sanctions.mine.query()).filter((s) => s.active);

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
      {restraints.map((s) => (
        <OverlordMessage key={s.id} label="Ministry order" srLabel="Overlord notice">
          {s.kind === 'freeze'
            ? 'Citizen, your speech is frozen'
            : `Citizen, your rate of speech is restricted to ${s.rateLimitCount} statement${s.rateLimitCount === 1 ? '' : 's'} per ${Math.round((s.rateLimitWindowSeconds ?? 0) / 60)} minutes`}{' '}
          {s.endsAt ? `until ${formatTimestamp(s.endsAt)}` : 'until the Ministry lifts it'}. Reason:{' '}
          {s.reason}
        </OverlordMessage>
      ))}
      <dl className={styles.facts}>
        <dt>Public name</dt>
        <dd data-testid="current-username">{me.username}</dd>
        <dt>Standing</dt>
        <dd>
          {me.role === 'citizen' ? 'Citizen' : `Official (${me.role})`}, loyalty {me.loyaltyScore}
          {me.rank ? `, rank ${me.rank}` : ''}
        </dd>
        <dt>Topic proposals</dt>
        <dd>
          {me.canCreateTopics
            ? 'Permitted'
            : `Reserved for the most loyal ${topShareName(me.topSharePercent)}`}
        </dd>
      </dl>
      <DispatchChoices initial={me.dispatchKinds} refreshOnSave />
      <ChangeUsername current={me.username} canChange={me.canChangeUsername} />
      <section aria-labelledby="data-title">
        <h2 id="data-title" className={styles.label}>
          Your data
        </h2>
        <p>
          <a href="/account/export" className="button button-quiet" download>
            Download everything (JSON)
          </a>
        </p>
        <p className={styles.hint}>As CSV, one table at a time:</p>
        <ul className={styles.links}>
          {CSV_DATASETS.map((dataset) => (
            <li key={dataset}>
              <a href={`/account/export?format=csv&dataset=${dataset}`} download>
                {DATASET_LABELS[dataset]}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="close-title">
        <h2 id="close-title" className={styles.label}>
          Close your account
        </h2>
        <CloseAccount username={me.username} />
      </section>
    </div>
  );
}
