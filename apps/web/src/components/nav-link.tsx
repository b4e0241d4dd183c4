'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

import { isCurrent } from './nav-items';
import styles from './site-header.module.css';

export function NavLink({
  href,
  sections,
  className = styles.navLink,
  children,
}: {
  href: string;
  /** Paths this link stands for: exact for '/', else the path and everything below it. */
  sections: readonly string[];
  className?: string;
  children: ReactNode;
}) {
  const pathname = usePathname();
  return (
    <Link
      href={href}
      className={className}
      aria-current={isCurrent(sections, pathname) ? 'page' : undefined}
    >
      {children}
    </Link>
  );
}
