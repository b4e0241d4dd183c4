import { TagChip } from './tag-chip';
import styles from './tag-list.module.css';

/** Overlord-assigned tags; each one filters the topics feed. */
export function TagList({ tags, label = 'Tags' }: { tags: string[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className={styles.tags} aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <TagChip tag={tag} />
        </li>
      ))}
    </ul>
  );
}

/** Tags sized by how often they occur (three steps, so sizes stay legible). */
export function TagCloud({
  tags,
  label,
}: {
  tags: { slug: string; weight: number }[];
  label: string;
}) {
  if (tags.length === 0) return null;
  const max = Math.max(...tags.map((t) => t.weight));
  const step = (w: number): 1 | 2 | 3 => (max <= 1 ? 1 : w >= max ? 3 : w > max / 2 ? 2 : 1);
  return (
    <ul className={`${styles.tags} ${styles.cloud}`} aria-label={label} data-testid="tag-cloud">
      {[...tags]
        .sort((a, b) => a.slug.localeCompare(b.slug))
        .map((t) => (
          <li key={t.slug}>
            <TagChip tag={t.slug} weight={step(t.weight)} />
          </li>
        ))}
    </ul>
  );
}
