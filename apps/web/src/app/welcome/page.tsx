import type { Metadata } from 'next';
import { redirect } from 'next/navigation';

import { safeRedirectPath } from '~/lib/redirect';
import { trpcErrorCode } from '~/trpc/errors';
import { getServerApi } from '~/trpc/server';

import { DispatchChoices } from '~/components/dispatch-choices';
import { OverlordMessage } from '~/components/overlord-message';
import { PageHeading } from '~/components/page-heading';

import styles from '../sign-in/sign-in.module.css';
import { AcknowledgeOnboarding } from './acknowledge';

export const metadata: Metadata = { title: 'Orientation' };
export const dynamic = 'force-dynamic';

/** Every sign-in lands here: first-timers get the Overlord's orientation, others go on. */
export default async function WelcomePage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string }>;
}) {
  const next = safeRedirectPath((await searchParams).next);
  const api = getServerApi();
  const me = await api.account.me.query().catch((error: unknown) => {
    if (trpcErrorCode(error) === 'UNAUTHORIZED') return null;
    throw error;
  });
  if (!me) redirect(`/sign-in?callbackUrl=${encodeURIComponent(next)}`);
  if (me.onboarded) redirect(next);
  const { steps } = await api.account.onboarding.query();

  return (
    <div className={styles.page} data-testid="onboarding">
      <PageHeading
        kicker={`Orientation · Citizen ${me.username}`}
        title={`Welcome, citizen ${me.username}`}
      />
      <OverlordMessage label="Orientation broadcast" srLabel="Overlord onboarding message">
        I will now explain how things are. Listen carefully; I will not repeat myself.
      </OverlordMessage>
      <ol className={styles.steps}>
        {steps.map((step) => (
          <li key={step.key}>
            <h2>{step.title}</h2>
            <p>{step.text}</p>
          </li>
        ))}
      </ol>
      <OverlordMessage label="Dispatches" srLabel="Overlord message about dispatches">
        I will write to you when it concerns you. Choose what you wish to hear of; you may change
        your mind later in your file.
      </OverlordMessage>
      <DispatchChoices initial={me.dispatchKinds} />
      <AcknowledgeOnboarding next={next} />
    </div>
  );
}
