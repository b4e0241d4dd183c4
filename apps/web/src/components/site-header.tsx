import Link from 'next/link';

import { signOut } from '~/server/auth';
import { citizenHref, currentCitizen } from '~/lib/citizens';
import { getServerApi } from '~/trpc/server';

import { NavLink } from './nav-link';
import styles from './site-header.module.css';

export async function SiteHeader() {
  const me = await currentCitizen();
  const unread = me
    ? await getServerApi()
        .notifications.unread.query()
        .then((r) => r.unread)
        .catch(() => 0)
    : 0;
  async function doSignOut() {
    'use server';
    await signOut({ redirectTo: '/' });
  }
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          <OverlordEye className={styles.eye} />
          <span className={styles.brandText}>
            <span className={styles.name}>The Robot Overlord</span>
            <span className={styles.motto}>Ministry of Reason · Every statement is evaluated</span>
          </span>
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <ul>
            <li>
              <NavLink href="/" sections={['/', '/topics']}>
                Topics
              </NavLink>
            </li>
            <li>
              <NavLink href="/search" sections={['/search']}>
                Search
              </NavLink>
            </li>
            <li>
              <NavLink href="/queues" sections={['/queues']}>
                Queues
              </NavLink>
            </li>
            <li>
              <NavLink href="/leaderboard" sections={['/leaderboard']}>
                Leaderboard
              </NavLink>
            </li>
            <li>
              <NavLink href="/citizens" sections={['/citizens']}>
                Registry
              </NavLink>
            </li>
            {me ? (
              <li>
                <NavLink href="/graveyard" sections={['/graveyard']}>
                  Graveyard
                </NavLink>
              </li>
            ) : null}
            {me ? (
              <li>
                <NavLink href="/messages" sections={['/messages']}>
                  Messages
                </NavLink>
              </li>
            ) : null}
            {me ? (
              <li>
                <NavLink href="/following" sections={['/following']}>
                  Following
                </NavLink>
              </li>
            ) : null}
            {me ? (
              <li>
                <NavLink href="/ask" sections={['/ask']}>
                  Ask
                </NavLink>
              </li>
            ) : null}
            {me ? (
              <li>
                <NavLink href="/notifications" sections={['/notifications']}>
                  Dispatches
                  {unread > 0 ? (
                    <span className={styles.count} data-testid="unread-count">
                      {unread}
                      <span className="visually-hidden"> unread</span>
                    </span>
                  ) : null}
                </NavLink>
              </li>
            ) : null}
            {me && me.role !== 'citizen' ? (
              <li>
                <NavLink href="/moderation/appeals" sections={['/moderation']}>
                  Docket
                </NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className={styles.account} data-testid="account">
          {me ? (
            <>
              <span data-testid="signed-in-as">
                Citizen <Link href={citizenHref(me.username)}>{me.username}</Link>
              </span>
              <Link href="/account" className="button button-quiet">
                Your account
              </Link>
              <form action={doSignOut}>
                <button type="submit" className="button button-quiet">
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <Link href="/sign-in" className="button button-quiet">
              Sign in
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}

/** The Overlord's all-seeing lens, drawn in the header's colours. */
function OverlordEye({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="23" fill="var(--color-ink)" />
      <circle cx="24" cy="24" r="15" fill="var(--color-paper)" />
      <circle cx="24" cy="24" r="9" fill="var(--color-red)" />
      <circle cx="24" cy="24" r="4" fill="var(--color-ink)" />
    </svg>
  );
}
