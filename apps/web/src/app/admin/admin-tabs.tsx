import Link from 'next/link';

import styles from '../moderation/docket.module.css';

const TABS = [
  { href: '/admin', label: 'Dashboard', superadminOnly: false },
  { href: '/admin/citizens', label: 'Citizens', superadminOnly: false },
  { href: '/admin/audit', label: 'Audit log', superadminOnly: false },
  { href: '/admin/settings', label: 'Settings', superadminOnly: true },
] as const;

/** The administration's pages side by side; settings for superadmins only. */
export function AdminTabs({
  current,
  superadmin = false,
}: {
  current: (typeof TABS)[number]['href'];
  superadmin?: boolean;
}) {
  return (
    <nav aria-label="Administration" className={styles.tabs}>
      <ul>
        {TABS.filter((tab) => superadmin || !tab.superadminOnly).map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              className={styles.tab}
              aria-current={tab.href === current ? 'page' : undefined}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
