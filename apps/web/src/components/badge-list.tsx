import styles from './badge-list.module.css';

export interface Badge {
  slug: string;
  name: string;
  description: string;
  polarity: 'positive' | 'negative';
}

/** Badges as enamel pins: red for honours, black for marks of shame. */
export function BadgeList({ badges, compact = false }: { badges: Badge[]; compact?: boolean }) {
  if (badges.length === 0) return null;
  return (
    <ul className={`${styles.badges} ${compact ? styles.compact : ''}`} aria-label="Badges">
      {badges.map((b) => (
        <li
          key={b.slug}
          className={`${styles.badge} ${styles[b.polarity]}`}
          title={compact ? b.description : undefined}
        >
          <span className={styles.name}>{b.name}</span>
          <span className="visually-hidden">
            {b.polarity === 'positive' ? ' (honour)' : ' (mark of shame)'}
          </span>
          {compact ? null : <span className={styles.description}>{b.description}</span>}
        </li>
      ))}
    </ul>
  );
}
