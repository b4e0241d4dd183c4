'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

import styles from './site-header.module.css';

export function NavLink({
  href,
  sections,
  children,
}: {
  href: string;
  /** Paths this link stands for: exact for '/', else the path and everything below it. */
  sections: string[];
  children: ReactNode;
}) {
  const pathname = usePathname();
  const current = sections.some((s) =>
    s === '/' ? pathname === '/' : pathname === s || pathname.startsWith(`${s}/`),
  );
  return (
    <Link href={href} className={styles.navLink} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}
