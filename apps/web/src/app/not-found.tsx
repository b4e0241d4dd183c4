import type { Metadata } from 'next';

import { ButtonLink } from '~/components/button';
import { OverlordMessage } from '~/components/overlord-message';

import styles from './redacted.module.css';

export const metadata: Metadata = { title: 'Redacted' };

export default function NotFound() {
  return (
    <div className={styles.redacted} data-testid="not-found">
      <p className={styles.code}>Error 404 · Record not found</p>
      <h1 className={styles.title}>This file has been redacted by the Ministry.</h1>
      <div className={styles.bars} aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
      <OverlordMessage label="Records office" srLabel="Overlord notice">
        Whatever stood here is not on the public record, or never was. Citizens are reminded that
        curiosity is logged.
      </OverlordMessage>
      <p className={styles.actions}>
        <ButtonLink href="/">Return to the topics</ButtonLink>
        <ButtonLink href="/citizens" variant="quiet">
          Search the Registry
        </ButtonLink>
      </p>
    </div>
  );
}
