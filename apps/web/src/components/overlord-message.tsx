import type { ReactNode } from 'react';

import styles from './overlord-says.module.css';

/**
 * The Overlord's own voice: a teleprinter slip from the machine, unmistakably not a citizen.
 * The visible label is in character; screen readers hear a plain one ("Overlord commentary").
 */
export function OverlordMessage({
  children,
  label = 'The Overlord remarks',
  srLabel = 'Overlord commentary',
  testId,
}: {
  children: ReactNode;
  label?: string;
  srLabel?: string;
  testId?: string;
}) {
  return (
    <aside className={styles.slip} aria-label={srLabel} data-testid={testId}>
      <p className={styles.label} aria-hidden="true">
        <span className={styles.lens} />
        {label}
        <span className={styles.serial}>Transmission · Ministry of Reason</span>
      </p>
      <div className={styles.text}>{children}</div>
    </aside>
  );
}
