import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { Figures } from '~/components/figures';
import { PageHeading } from '~/components/page-heading';
import { Panel } from '~/components/panel';
import { citizenHref, readUsername } from '~/lib/citizens';
import { formatTimestamp } from '~/lib/format';
import { trpcErrorCode } from '~/trpc/errors';
import { getServerApi } from '~/trpc/server';

import tableStyles from '~/components/citizen-table.module.css';

import styles from '../../../citizens/citizens.module.css';
import { DocketSignIn, readDocket } from '../../../moderation/docket';
import { isSuperadmin } from '../../admin';
import { AdminTabs } from '../../admin-tabs';
import { CitizenActions } from './citizen-actions';

export const metadata: Metadata = { title: 'Citizen file · Administration' };
export const dynamic = 'force-dynamic';

type Params = Promise<{ username: string }>;

/** One citizen's file for admins: role, standing, sanctions, recent decisions; actions. */
export default async function AdminCitizenPage({ params }: { params: Params }) {
  const username = readUsername((await params).username);
  if (!username) notFound();
  const path = `/admin/citizens/${encodeURIComponent(username)}`;
  const file = await readDocket(
    getServerApi()
      .admin.citizen.query({ username })
      .catch((error: unknown) => {
        if (trpcErrorCode(error) === 'NOT_FOUND') notFound();
        throw error;
      }),
  );
  if (!file) return <DocketSignIn what="citizens" path={path} />;
  const superadmin = await isSuperadmin();

  return (
    <div className={styles.page} data-testid="admin-citizen">
      <PageHeading
        kicker="Ministry administration · Citizen file"
        title={file.username}
        lede={file.email ?? 'No email on file.'}
      />
      <AdminTabs current="/admin/citizens" superadmin={superadmin} />
      <Figures
        items={[
          { label: 'Role', value: file.role, testId: 'citizen-role' },
          {
            label: 'Standing',
            value: file.deleted ? 'deleted' : file.banned ? 'banned' : 'in good standing',
            testId: 'citizen-standing',
          },
          { label: 'Score', value: file.loyaltyScore },
          { label: 'Rank', value: file.rank ?? '—' },
        ]}
      />
      {file.banned && file.banReason ? (
        <p className={styles.reason} data-testid="ban-reason">
          Banned for: {file.banReason}
        </p>
      ) : null}
      <p>
        <Link href={citizenHref(file.username)}>Public profile</Link> ·{' '}
        <Link href={`/admin/audit?target=${encodeURIComponent(file.username)}`}>
          Audit entries about this citizen
        </Link>
      </p>
      {superadmin ? (
        <Panel title="Actions" labelledBy="citizen-actions-title">
          <CitizenActions
            userId={file.id}
            username={file.username}
            role={file.role}
            banned={file.banned}
            deleted={file.deleted}
          />
        </Panel>
      ) : null}
      <section aria-labelledby="sanctions-title">
        <h2 id="sanctions-title" className={styles.sectionTitle}>
          Sanctions
        </h2>
        {file.sanctions.length === 0 ? (
          <p>None on record.</p>
        ) : (
          <ul className={styles.list}>
            {file.sanctions.map((s) => (
              <li key={s.id} className={styles.item}>
                <span>
                  {s.kind === 'freeze' ? 'Posting freeze' : 'Rate limit'}
                  {s.active ? ' (active)' : s.liftedAt ? ' (lifted)' : ' (ended)'}: {s.reason}
                </span>
                <span className={styles.meta}>
                  from {formatTimestamp(s.startsAt)}
                  {s.endsAt ? ` until ${formatTimestamp(s.endsAt)}` : ', indefinite'}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="decisions-title">
        <h2 id="decisions-title" className={styles.sectionTitle}>
          Recent decisions
        </h2>
        {file.decisions.length === 0 ? (
          <p>No verdicts or decisions yet.</p>
        ) : (
          <div className={tableStyles.scroller}>
            <table className={tableStyles.table}>
              <caption className="visually-hidden">Recent verdicts and decisions</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Decision</th>
                  <th scope="col">Loyalty</th>
                  <th scope="col">By</th>
                </tr>
              </thead>
              <tbody>
                {file.decisions.map((d) => (
                  <tr key={d.id}>
                    <td>
                      <time dateTime={d.createdAt.toISOString()}>
                        {formatTimestamp(d.createdAt)}
                      </time>
                    </td>
                    <td>{d.kind.replace('_', ' ')}</td>
                    <td>{d.delta > 0 ? `+${d.delta}` : d.delta}</td>
                    <td>{d.actor ?? 'the Overlord'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
