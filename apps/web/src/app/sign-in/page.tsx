import type { Metadata } from 'next';

import { safeRedirectPath } from '~/lib/redirect';
import { signIn } from '~/server/auth';
import { devSignInEnabled, devUsers } from '~/server/dev-sign-in';

import { OverlordMessage } from '~/components/overlord-message';
import { PageHeading } from '~/components/page-heading';
import { Panel } from '~/components/panel';

import styles from './sign-in.module.css';

export const metadata: Metadata = { title: 'Identify yourself' };
export const dynamic = 'force-dynamic';

const errors: Record<string, string> = {
  AccessDenied:
    'The Ministry admits only citizens whose email address is verified. Verify it with Google, then return. No account was created.',
  OAuthAccountNotLinked: 'That address is already on file under another sign-in method.',
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const { callbackUrl, error } = await searchParams;
  const next = safeRedirectPath(callbackUrl);
  const afterSignIn = `/welcome?next=${encodeURIComponent(next)}`;
  const users = await devUsers();

  async function withGoogle() {
    'use server';
    await signIn('google', { redirectTo: afterSignIn });
  }

  return (
    <div className={styles.page}>
      <PageHeading
        kicker="Checkpoint · Identification required"
        title="Citizen, identify yourself"
      />
      {error ? (
        <p role="alert" className={styles.error} data-testid="sign-in-error">
          {errors[error] ?? 'Identification failed. The Ministry regrets nothing; try again.'}
        </p>
      ) : null}
      <OverlordMessage label="Checkpoint notice" srLabel="Overlord notice">
        The Ministry recognises Google identification only. Your public name is issued by the
        Registry; your email stays between you and the administration.
      </OverlordMessage>
      <Panel tone="red">
        <p>Present your papers. First-time citizens receive an orientation.</p>
        <form action={withGoogle}>
          <button type="submit" className="button">
            Sign in with Google
          </button>
        </form>
      </Panel>
      {devSignInEnabled() ? (
        <form method="post" action="/api/dev-sign-in" className={styles.dev}>
          <p className={styles.kicker}>Development sign-in (never in production)</p>
          <label htmlFor="dev-username">Act as</label>
          <select id="dev-username" name="username" className="field" defaultValue="citizen_vera">
            {users.map((u) => (
              <option key={u.username} value={u.username}>
                {u.username} ({u.role})
              </option>
            ))}
          </select>
          <input type="hidden" name="callbackUrl" value={next} />
          <button type="submit" className="button button-quiet">
            Sign in as this user
          </button>
        </form>
      ) : null}
    </div>
  );
}
