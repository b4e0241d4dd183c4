import type { Metadata } from 'next';
import Link from 'next/link';

import styles from './redacted.module.css';

export const metadata: Metadata = { title: 'Redacted' };

export default function NotFound() {
  return (
    <div className={styles.redacted}>
      <p className={styles.code}>Error 404 · Record not found</p>
      <h1 className={styles.title}>This file has been redacted by the Ministry.</h1>
      <div className={styles.bars} aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
      <p>
        Whatever stood here is not on the public record, or never was. Citizens are reminded that
        curiosity is logged.
      </p>
      <p className={styles.actions}>
        <Link href="/" className="button">
          Return to the topics
        </Link>
      </p>
    </div>
  );
}
