import type { Metadata } from 'next';

import { ButtonLink } from '~/components/button';
import { OverlordMessage } from '~/components/overlord-message';

import styles from './redacted.module.css';

export const metadata: Metadata = { title: 'Sealed' };

/** Rendered with status 403 wherever a page calls `forbidden()`. */
export default function Forbidden() {
  return (
    <div className={styles.redacted} data-testid="forbidden">
      <p className={styles.code}>Error 403 · Sealed by order of the Ministry</p>
      <h1 className={styles.title}>Access refused.</h1>
      <div className={styles.bars} aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
      <OverlordMessage label="Records office" srLabel="Overlord notice">
        This file is sealed. Only the Ministry’s officials may open another citizen’s records. Your
        attempt has been noted, without prejudice. Mostly.
      </OverlordMessage>
      <p className={styles.actions}>
        <ButtonLink href="/">Return to the topics</ButtonLink>
        <ButtonLink href="/graveyard" variant="quiet">
          Visit your own Graveyard
        </ButtonLink>
      </p>
    </div>
  );
}
