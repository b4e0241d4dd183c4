import type { ReactNode } from 'react';

import styles from './status-stamp.module.css';

export type StampTone = 'pending' | 'review' | 'approved' | 'rejected' | 'calibrate';

/** A rubber stamp: "In evaluation", "Under review", "Approved", "Rejected", "Calibrate". */
export function StatusStamp({ tone, children }: { tone: StampTone; children: ReactNode }) {
  return <span className={`${styles.stamp} ${styles[tone]}`}>{children}</span>;
}

/** The design system's name for it. */
export { StatusStamp as Stamp };
