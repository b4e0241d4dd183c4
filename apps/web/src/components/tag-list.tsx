import Link from 'next/link';

import { feedHref } from '~/lib/format';

import styles from './tag-list.module.css';

/** Overlord-assigned tags; each one filters the topics feed. */
export function TagList({ tags, label = 'Tags' }: { tags: string[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className={styles.tags} aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link href={feedHref({ tag })} className={styles.tag}>
            <span aria-hidden="true">#</span>
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
