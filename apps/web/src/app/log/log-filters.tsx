// The log's filters as a plain GET form: they live in the URL and work without JavaScript.
import Link from 'next/link';

import { LOG_KIND_LABELS, LOG_REASON_LABELS } from '~/lib/log';
import type { LogFilters } from '@overlord/validators';

import styles from './log.module.css';

const ROLES = { moderator: 'Moderators', admin: 'Admins', superadmin: 'Superadmins' } as const;

export function LogFilterForm({
  filters,
  topics,
  judges,
}: {
  filters: LogFilters;
  topics: { id: string; title: string }[];
  judges: string[];
}) {
  // A topic chosen from an entry's link may be older than the newest fifty: keep it selectable.
  const topicOptions =
    filters.topic && !topics.some((t) => t.id === filters.topic)
      ? [{ id: filters.topic, title: 'The topic chosen' }, ...topics]
      : topics;
  const judgeOptions =
    filters.judge && !judges.includes(filters.judge) && !(filters.judge in ROLES)
      ? [filters.judge, ...judges]
      : judges;
  return (
    <form method="get" action="/log" className={styles.filters} aria-label="Filter the log">
      <div className={styles.field}>
        <label htmlFor="log-topic">Topic</label>
        <select id="log-topic" name="topic" defaultValue={filters.topic ?? ''} className="field">
          <option value="">Every topic</option>
          {topicOptions.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="log-kind">Kind of decision</label>
        <select id="log-kind" name="kind" defaultValue={filters.kind ?? ''} className="field">
          <option value="">Every kind</option>
          {Object.entries(LOG_KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="log-reason">Reason</label>
        <select id="log-reason" name="reason" defaultValue={filters.reason ?? ''} className="field">
          <option value="">Any reason</option>
          {Object.entries(LOG_REASON_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="log-judge">Judge</label>
        <select id="log-judge" name="judge" defaultValue={filters.judge ?? ''} className="field">
          <option value="">Anyone</option>
          <optgroup label="The Overlord">
            {judgeOptions.map((judge) => (
              <option key={judge} value={judge}>
                Judge {judge}
              </option>
            ))}
          </optgroup>
          <optgroup label="Officials">
            {Object.entries(ROLES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="log-from">From (UTC day)</label>
        <input
          id="log-from"
          name="from"
          type="date"
          defaultValue={filters.from}
          className="field"
        />
      </div>
      <div className={styles.field}>
        <label htmlFor="log-to">To (UTC day)</label>
        <input id="log-to" name="to" type="date" defaultValue={filters.to} className="field" />
      </div>
      <div className={styles.formActions}>
        <button type="submit" className="button">
          Apply filters
        </button>
        <Link href="/log" className="button button-quiet">
          Reset
        </Link>
      </div>
    </form>
  );
}
