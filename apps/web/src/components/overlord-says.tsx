import type { ReactNode } from 'react';

import styles from './overlord-says.module.css';

/**
 * The Overlord's own voice: a teleprinter slip from the machine, unmistakably not a citizen.
 * Screen readers hear it as a labelled note ("Overlord commentary").
 */
export function OverlordSays({
  children,
  label = 'The Overlord remarks',
  srLabel = 'Overlord commentary',
}: {
  children: ReactNode;
  label?: string;
  srLabel?: string;
}) {
  return (
    <aside className={styles.slip} aria-label={srLabel}>
      <p className={styles.label} aria-hidden="true">
        <span className={styles.lens} />
        {label}
      </p>
      <p className={styles.text}>{children}</p>
    </aside>
  );
}
