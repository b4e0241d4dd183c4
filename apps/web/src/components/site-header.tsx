import Link from 'next/link';

import { env } from '~/env';
import { signOut } from '~/server/auth';
import { citizenHref, currentCitizen } from '~/lib/citizens';
import { getServerApi } from '~/trpc/server';

import { navigationFor } from './nav-items';
import { NavLink } from './nav-link';
import { OfflineNotice } from './offline-notice';
import styles from './site-header.module.css';
import { SignOutButton } from './sign-out-button';
import { SiteMenu } from './site-menu';
import { UnreadCount } from './unread-count';

/**
 * One header for every width. From 64rem up: the brand and the account on one row, every
 * destination on the next. Below it (phones, small tablets): the brand and a menu button only;
 * the main navigation becomes a bar of bottom tabs for the most-used destinations, and the menu
 * holds the rest and the account.
 */
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
  const { items, tabs } = navigationFor(me?.role ?? null);
  const menuOnly = items.filter((item) => !tabs.has(item.href));
  return (
    <>
      <header className={styles.header}>
        <div className={styles.inner}>
          <Link href="/" className={styles.brand}>
            <OverlordEye className={styles.eye} />
            <span className={styles.brandText}>
              <span className={styles.name}>The Robot Overlord</span>
              <span className={styles.motto}>
                Ministry of Reason · Every statement is evaluated
              </span>
            </span>
          </Link>
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
                  <SignOutButton className="button button-quiet" />
                </form>
              </>
            ) : (
              <Link href="/sign-in" className="button button-quiet">
                Sign in
              </Link>
            )}
          </div>
          <SiteMenu title="Ministry directory">
            <nav aria-label="More destinations">
              <ul className={styles.menuList}>
                {menuOnly.map((item) => (
                  <li key={item.href}>
                    <NavLink href={item.href} sections={item.sections} className={styles.menuLink}>
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <div className={styles.menuAccount}>
              {me ? (
                <>
                  <p className={styles.menuWho}>
                    Citizen <Link href={citizenHref(me.username)}>{me.username}</Link>
                  </p>
                  <Link href="/account" className={`button button-quiet ${styles.menuButtonLink}`}>
                    Your account
                  </Link>
                  <form action={doSignOut}>
                    <SignOutButton className={`button ${styles.menuButtonLink}`} />
                  </form>
                </>
              ) : (
                <Link href="/sign-in" className={`button ${styles.menuButtonLink}`}>
                  Sign in
                </Link>
              )}
            </div>
          </SiteMenu>
        </div>
        <nav aria-label="Main" className={styles.nav}>
          <ul className={styles.navList}>
            {items
              .filter((item) => tabs.has(item.href) || !item.inFooter)
              .map((item) => (
                <li key={item.href} className={tabs.has(item.href) ? styles.tab : styles.menuOnly}>
                  <NavLink href={item.href} sections={item.sections}>
                    <span className={styles.navLabel}>{item.label}</span>
                    {item.unread ? <UnreadCount initial={unread} className={styles.count} /> : null}
                  </NavLink>
                </li>
              ))}
          </ul>
        </nav>
      </header>
      <OfflineNotice register={env.NODE_ENV === 'production'} />
    </>
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
