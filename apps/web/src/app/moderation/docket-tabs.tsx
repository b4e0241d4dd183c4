import Link from 'next/link';

import styles from './docket.module.css';

const TABS = [
  { href: '/moderation/appeals', label: 'Appeals' },
  { href: '/moderation/flags', label: 'Reports of treason' },
] as const;

/** The two dockets of the Central Committee, side by side. */
export function DocketTabs({ current }: { current: (typeof TABS)[number]['href'] }) {
  return (
    <nav aria-label="Dockets" className={styles.tabs}>
      <ul>
        {TABS.map((tab) => (
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
