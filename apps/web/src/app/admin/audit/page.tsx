import type { Metadata } from 'next';

import { EmptyState } from '~/components/empty-state';
import { PageHeading } from '~/components/page-heading';
import { pageHref, Pagination, readPage } from '~/components/pagination';
import formStyles from '~/components/form.module.css';
import { formatTimestamp, plural } from '~/lib/format';
import { getServerApi } from '~/trpc/server';

import tableStyles from '~/components/citizen-table.module.css';

import styles from '../../citizens/citizens.module.css';
import { DocketSignIn, readDocket } from '../../moderation/docket';
import { isSuperadmin } from '../admin';
import { AdminTabs } from '../admin-tabs';
import { AUDIT_ACTIONS, readAuditQuery } from './filter';

export const metadata: Metadata = { title: 'Audit log · Administration' };
export const dynamic = 'force-dynamic';

const PATH = '/admin/audit';
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const detail = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v));

/**
 * The audit log (docs/product.md §18), newest first, filtered by actor, action, target and
 * date; the same filter exports as CSV. Admins do not see superadmin actions.
 */
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const raw = {
    actor: first(params.actor) ?? '',
    action: first(params.action) ?? '',
    target: first(params.target) ?? '',
    from: first(params.from) ?? '',
    to: first(params.to) ?? '',
  };
  const filter = readAuditQuery((name) => raw[name as keyof typeof raw]);
  const page = readPage(params.page);
  const log = await readDocket(getServerApi().admin.auditLog.query({ ...filter, page }));
  if (!log) return <DocketSignIn what="the audit log" path={PATH} />;
  const kept = Object.fromEntries(Object.entries(raw).filter(([, v]) => v)) as Record<
    string,
    string
  >;
  const exportHref = `${PATH}/export?${new URLSearchParams(kept).toString()}`;

  return (
    <div className={styles.page} data-testid="audit-log">
      <PageHeading
        kicker="Ministry administration · Audit log"
        title="Audit log"
        lede={`${plural(log.total, 'entry', 'entries')}, newest first. Every action of an official on someone else is recorded here, in the same transaction as the action.`}
      />
      <AdminTabs current="/admin/audit" superadmin={await isSuperadmin()} />
      <form
        method="get"
        action={PATH}
        className={formStyles.form}
        aria-label="Filter the audit log"
      >
        <div className={formStyles.row}>
          <label htmlFor="audit-actor" className={formStyles.label}>
            Actor
          </label>
          <input
            id="audit-actor"
            name="actor"
            className="field"
            maxLength={64}
            defaultValue={raw.actor}
          />
          <label htmlFor="audit-action" className={formStyles.label}>
            Action
          </label>
          <select id="audit-action" name="action" className="field" defaultValue={raw.action}>
            {AUDIT_ACTIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <label htmlFor="audit-target" className={formStyles.label}>
            Target (id or username)
          </label>
          <input
            id="audit-target"
            name="target"
            className="field"
            maxLength={64}
            defaultValue={raw.target}
          />
        </div>
        <div className={formStyles.row}>
          <label htmlFor="audit-from" className={formStyles.label}>
            From
          </label>
          <input
            id="audit-from"
            name="from"
            type="date"
            className="field"
            defaultValue={raw.from}
          />
          <label htmlFor="audit-to" className={formStyles.label}>
            To
          </label>
          <input id="audit-to" name="to" type="date" className="field" defaultValue={raw.to} />
          <button type="submit" className="button">
            Filter
          </button>
          <a href={exportHref} className="button button-quiet" data-testid="audit-export" download>
            Export CSV
          </a>
        </div>
      </form>
      {log.items.length === 0 ? (
        <EmptyState title="Nothing recorded">No entry matches this filter.</EmptyState>
      ) : (
        <div className={tableStyles.scroller}>
          <table className={tableStyles.table}>
            <caption className="visually-hidden">Audit entries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Actor</th>
                <th scope="col">Action</th>
                <th scope="col">Target</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {log.items.map((row) => (
                <tr key={row.id} data-testid="audit-row" data-action={row.action}>
                  <td>
                    <time dateTime={row.createdAt.toISOString()}>
                      {formatTimestamp(row.createdAt)}
                    </time>
                  </td>
                  <td>{row.actor ?? '—'}</td>
                  <td>{row.action}</td>
                  <td>
                    {row.targetType} {row.targetId ?? ''}
                  </td>
                  <td>
                    <code>{detail(row.after)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        label="Audit log pages"
        page={log.page}
        pageCount={log.pageCount}
        prevHref={log.page > 1 ? pageHref(PATH, kept, log.page - 1) : null}
        nextHref={log.page < log.pageCount ? pageHref(PATH, kept, log.page + 1) : null}
        prevText="← Newer"
        nextText="Older →"
      />
    </div>
  );
}
