'use client';

import Link from 'next/link';

import { OverlordMessage } from '~/components/overlord-message';

import styles from './redacted.module.css';

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className={styles.redacted} role="alert">
      <p className={styles.code}>Malfunction{error.digest ? ` · Ref. ${error.digest}` : ''}</p>
      <h1 className={styles.title}>The tube has jammed.</h1>
      <div className={styles.bars} aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
      <OverlordMessage label="Malfunction report" srLabel="Overlord notice">
        The pneumatic line failed to deliver this page. The Ministry regrets nothing, but you may
        try again.
      </OverlordMessage>
      <p className={styles.actions}>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
        <Link href="/" className="button button-quiet">
          Return to the topics
        </Link>
      </p>
    </div>
  );
}
