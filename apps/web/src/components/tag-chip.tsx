import Link from 'next/link';

import { feedHref } from '~/lib/format';

import styles from './tag-list.module.css';

/** One Overlord-assigned tag; it filters the topics feed. `weight` sizes it in a tag cloud. */
export function TagChip({ tag, weight }: { tag: string; weight?: 1 | 2 | 3 }) {
  return (
    <Link
      href={feedHref({ tag })}
      className={`${styles.tag} ${weight ? styles[`weight${weight}`] : ''}`}
    >
      <span aria-hidden="true">#</span>
      {tag}
    </Link>
  );
}
