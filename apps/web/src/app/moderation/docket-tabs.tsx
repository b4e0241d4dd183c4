import Link from 'next/link';

import styles from './docket.module.css';

const TABS = [
  { href: '/moderation/appeals', label: 'Appeals', adminOnly: false },
  { href: '/moderation/flags', label: 'Reports of treason', adminOnly: false },
  { href: '/moderation/held', label: 'Held items', adminOnly: false },
  { href: '/moderation/tags', label: 'Tags', adminOnly: true },
  { href: '/moderation/message-reports', label: 'Reported messages', adminOnly: true },
] as const;

/** The Central Committee's pages side by side; tag administration for admins+ only. */
export function DocketTabs({
  current,
  admin = false,
}: {
  current: (typeof TABS)[number]['href'];
  admin?: boolean;
}) {
  return (
    <nav aria-label="Dockets" className={styles.tabs}>
      <ul>
        {TABS.filter((tab) => admin || !tab.adminOnly).map((tab) => (
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
