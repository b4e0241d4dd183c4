import { formatTimestamp } from '~/lib/format';
import { getServerApi } from '~/trpc/server';

import styles from '../citizens.module.css';
import { LiftSanction } from './lift-sanction';
import { SanctionForm } from './sanction-form';

function terms(s: {
  kind: string;
  rateLimitCount: number | null;
  rateLimitWindowSeconds: number | null;
}) {
  if (s.kind === 'freeze') return 'Posting freeze';
  const window = s.rateLimitWindowSeconds ?? 0;
  const per = window % 3_600 === 0 ? `${window / 3_600} h` : `${Math.round(window / 60)} min`;
  return `Rate limit: ${s.rateLimitCount} per ${per}`;
}

/**
 * The citizen's sanctions, for the Ministry's officials (docs/product.md §10): history, a form to
 * impose a new one, and (admins+) lifting. Shown only to ranks above the citizen's.
 */
export async function SanctionsPanel({
  username,
  canLift,
}: {
  username: string;
  canLift: boolean;
}) {
  const sanctions = await getServerApi().sanctions.ofCitizen.query({ username });
  return (
    <section aria-labelledby="sanctions-title" data-testid="sanctions">
      <h2 id="sanctions-title" className={styles.sectionTitle}>
        Sanctions
      </h2>
      {sanctions.length === 0 ? (
        <p className={styles.status}>None on file.</p>
      ) : (
        <ul className={styles.list}>
          {sanctions.map((s) => (
            <li key={s.id} className={styles.item} data-testid="sanction" data-active={s.active}>
              <div className={styles.meta}>
                <strong>{terms(s)}</strong>
                <span>{s.active ? 'in force' : s.liftedAt ? 'lifted' : 'expired'}</span>
                <span>
                  until {s.endsAt ? formatTimestamp(s.endsAt) : 'lifted'} · by {s.issuedBy.username}
                </span>
              </div>
              <p className={styles.body}>{s.reason}</p>
              {canLift && s.active ? <LiftSanction sanctionId={s.id} /> : null}
            </li>
          ))}
        </ul>
      )}
      <SanctionForm username={username} />
    </section>
  );
}
