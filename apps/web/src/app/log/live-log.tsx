'use client';

// The log's entries. On the newest page the list follows `live.log` (decisions on topics and
// statements, from the queue stream): an event only says "read again", and `log.list` (the
// record, keyed by entry) decides what is shown, so privacy is the api's alone. The re-read after
// every (re)connection covers what happened while no stream was open.
import Link from 'next/link';
import { useEffect, useMemo, useRef, useState } from 'react';

import { StatusStamp } from '~/components/status-stamp';
import { EmptyState } from '~/components/empty-state';
import { formatTimestamp } from '~/lib/format';
import { createThrottle, normaliseLiveEvent } from '~/lib/live-events';
import {
  DECISION_LABELS,
  decisionTone,
  deciderName,
  describeEntry,
  entryAnchor,
  entryHref,
  LOG_PAGE_SIZE,
  type LogEntry,
  type LogPage,
  logHref,
} from '~/lib/log';
import type { LogFilters } from '@overlord/validators';
import { api } from '~/trpc/react';

import styles from './log.module.css';

/** Bursts of verdicts (a queue draining) cost one read of the log per interval. */
export const LOG_REFETCH_MS = 300;
/** Only when the api refuses the stream does the newest page poll. */
export const LOG_FALLBACK_POLL_MS = 10_000;

export function LiveLog({
  initial,
  filters,
  live,
}: {
  initial: LogPage;
  filters: LogFilters;
  /** Older pages stand still; the newest one follows new decisions. */
  live: boolean;
}) {
  return live ? (
    <FollowedLog initial={initial} filters={filters} />
  ) : (
    <Entries items={initial.items} state="off" />
  );
}

function FollowedLog({ initial, filters }: { initial: LogPage; filters: LogFilters }) {
  const [streamDown, setStreamDown] = useState(false);
  const [connected, setConnected] = useState(false);
  const query = api.log.list.useQuery(
    { ...filters, limit: LOG_PAGE_SIZE },
    { initialData: initial, refetchInterval: streamDown ? LOG_FALLBACK_POLL_MS : false },
  );
  const refetch = useRef(query.refetch);
  refetch.current = query.refetch;
  const [throttle] = useState(() => createThrottle(() => void refetch.current(), LOG_REFETCH_MS));
  useEffect(() => () => throttle.cancel(), [throttle]);

  api.live.log.useSubscription(
    {},
    {
      onStarted: () => {
        setStreamDown(false);
        setConnected(true);
        throttle.request();
      },
      onData: (envelope) => {
        if (normaliseLiveEvent(envelope.data)) throttle.request();
      },
      onError: () => {
        setStreamDown(true);
        setConnected(false);
      },
    },
  );

  const latest = query.data ?? initial;
  // The server-rendered "older entries" link continues after the first page as it was rendered,
  // so entries pushed down by new ones stay listed here rather than falling between the pages.
  const items = useMemo(() => {
    const keys = new Set(latest.items.map((e) => e.key));
    const last = latest.items.at(-1);
    const tail = last ? initial.items.filter((e) => !keys.has(e.key) && olderThan(e, last)) : [];
    return [...latest.items, ...tail];
  }, [latest, initial]);

  // Say what arrived, for screen readers (the list itself updates in place).
  const [announcement, setAnnouncement] = useState('');
  const seen = useRef<Set<string>>(new Set(initial.items.map((e) => e.key)));
  useEffect(() => {
    const fresh = items.filter((e) => !seen.current.has(e.key));
    for (const entry of fresh) seen.current.add(entry.key);
    if (fresh.length === 1 && fresh[0])
      setAnnouncement(`New on record: ${describeEntry(fresh[0])}`);
    else if (fresh.length > 1) setAnnouncement(`${fresh.length} new decisions on record.`);
  }, [items]);

  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <Entries items={items} state={streamDown ? 'down' : connected ? 'live' : 'connecting'} />
    </>
  );
}

const olderThan = (a: LogEntry, b: LogEntry) =>
  a.at.getTime() < b.at.getTime() || (a.at.getTime() === b.at.getTime() && a.key < b.key);

function Entries({
  items,
  state,
}: {
  items: LogEntry[];
  state: 'live' | 'connecting' | 'down' | 'off';
}) {
  return (
    <div className={styles.entries} data-testid="log-entries" data-live={state}>
      {state === 'live' ? (
        <p className={styles.liveNote}>
          <span className={styles.liveDot} aria-hidden="true" /> New decisions appear here as they
          are made.
        </p>
      ) : null}
      {items.length === 0 ? (
        <EmptyState title="Nothing on record">
          No decision matches. The Ministry suggests a broader inquiry.
        </EmptyState>
      ) : (
        <ol className={styles.list} aria-label="Decisions, newest first">
          {items.map((entry) => (
            <li key={entry.key} id={entryAnchor(entry.key)}>
              <EntryCard entry={entry} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function EntryCard({ entry }: { entry: LogEntry }) {
  const href = entryHref(entry);
  return (
    <article
      className={styles.entry}
      data-testid="log-entry"
      data-key={entry.key}
      data-kind={entry.kind}
      data-decision={entry.decision}
    >
      <p className={styles.meta}>
        <time dateTime={entry.at.toISOString()}>{formatTimestamp(entry.at)}</time>
        <span aria-hidden="true">·</span>
        <span data-testid="log-decider">{deciderName(entry)}</span>
        <StatusStamp tone={decisionTone(entry)}>{DECISION_LABELS[entry.decision]}</StatusStamp>
      </p>
      <p className={styles.headline}>{describeEntry(entry)}</p>
      <p className={styles.links}>
        {href ? (
          <Link href={href}>{entry.subject?.public ? 'Open it' : 'Open the topic'}</Link>
        ) : null}
        {entry.subject?.author ? (
          <Link href={`/citizens/${encodeURIComponent(entry.subject.author.username)}`}>
            @{entry.subject.author.username}
          </Link>
        ) : null}
        {entry.topic ? (
          <Link href={logHref({ topic: entry.topic.id })}>
            Every decision in “{entry.topic.title}”
          </Link>
        ) : null}
      </p>
    </article>
  );
}
