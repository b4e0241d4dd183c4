// How a public log entry reads, in one place for the /log page, its live list and its Atom feed,
// so the three always say the same thing (docs/product.md §16). No directive: server and
// browser both use it.
import { type LogFilters, logFiltersInput } from '@overlord/validators';

import type { RouterOutputs } from '~/trpc/react';

export type LogEntry = RouterOutputs['log']['list']['items'][number];
export type LogPage = RouterOutputs['log']['list'];

/** The URL parameters of the log's filters. */
export const FILTER_NAMES = ['topic', 'kind', 'reason', 'judge', 'from', 'to'] as const;

/** Entries per page of `log.list`, on the server, in the browser and in the feed alike. */
export const LOG_PAGE_SIZE = 25;

export const LOG_KIND_LABELS = {
  verdict: 'Verdicts of the Overlord',
  appeal: 'Appeal decisions',
  report: 'Report decisions',
  tag: 'Tag renames and merges',
} as const;

export const LOG_REASON_LABELS = {
  poor_logic: 'Poor logic',
  poor_tone: 'Poor tone',
  off_topic: 'Off topic',
} as const;

const REASON_PHRASE = {
  poor_logic: 'for poor logic',
  poor_tone: 'for poor tone',
  off_topic: 'for off-topic reasons',
} as const;

const ROLE_NAMES = { moderator: 'A moderator', admin: 'An admin', superadmin: 'A superadmin' };

export const DECISION_LABELS = {
  approved: 'Approved',
  rejected: 'Rejected',
  calibrate: 'Calibrate',
  sustained: 'Sustained',
  denied: 'Denied',
  dismissed: 'Dismissed',
  renamed: 'Renamed',
  merged: 'Merged',
} as const;

/** The stamp colour of a decision: what it did to the item concerned. */
export function decisionTone(entry: Pick<LogEntry, 'kind' | 'decision'>) {
  switch (entry.decision) {
    case 'approved':
      return 'approved' as const;
    case 'rejected':
      return 'rejected' as const;
    case 'calibrate':
      return 'calibrate' as const;
    case 'sustained':
      // An appeal sustained restores the item; a report sustained withdraws it.
      return entry.kind === 'appeal' ? ('approved' as const) : ('rejected' as const);
    case 'denied':
      return 'rejected' as const;
    default:
      return 'review' as const;
  }
}

/** "The Overlord (judge offline-v1)", "A moderator", … */
export function deciderName(entry: LogEntry): string {
  if (entry.decidedBy.kind === 'overlord') {
    return entry.decidedBy.judge ? `The Overlord (judge ${entry.decidedBy.judge})` : 'The Overlord';
  }
  return entry.decidedBy.role ? ROLE_NAMES[entry.decidedBy.role] : 'An official';
}

/** "a statement by @vera in “Topic”", "a topic proposal", "the topic “Topic”", … */
function subjectPhrase(entry: LogEntry): string {
  const subject = entry.subject;
  if (!subject) return 'an item';
  const by = subject.author ? ` by @${subject.author.username}` : '';
  if (subject.kind === 'topic') {
    return subject.public && entry.topic
      ? `the topic “${entry.topic.title}”${by ? ` proposed${by}` : ''}`
      : 'a topic proposal';
  }
  const where = entry.topic ? `in “${entry.topic.title}”` : 'in a topic no longer public';
  return `${subject.revision ? 'a revision of a statement' : 'a statement'}${by} ${where}`;
}

/** One sentence saying who decided what about which item, and why. */
export function describeEntry(entry: LogEntry): string {
  const who = entry.decidedBy.kind === 'overlord' ? 'The Overlord' : deciderName(entry);
  const reason = entry.reason ? ` ${REASON_PHRASE[entry.reason]}` : '';
  const subject = subjectPhrase(entry);
  switch (entry.kind) {
    case 'verdict':
      if (entry.decision === 'approved') return `${who} approved ${subject}.`;
      if (entry.decision === 'rejected') return `${who} rejected ${subject}${reason}.`;
      return `${who} returned ${subject} for calibration.`;
    case 'appeal': {
      const rejected = `the rejection${reason} of ${subject}`;
      return entry.decision === 'sustained'
        ? `${who} sustained an appeal against ${rejected}: it was restored.`
        : `${who} denied an appeal against ${rejected}.`;
    }
    case 'report':
      return entry.decision === 'sustained'
        ? `${who} sustained a report against ${subject}: it was withdrawn from the record.`
        : `${who} dismissed a report against ${subject}.`;
    case 'tag': {
      const tag = entry.tag;
      if (!tag) return `${who} changed a tag.`;
      if (entry.decision === 'merged') return `${who} merged the tag #${tag.from} into #${tag.to}.`;
      return tag.from === tag.to
        ? `${who} relabelled the tag #${tag.to}${tag.label ? ` as “${tag.label}”` : ''}.`
        : `${who} renamed the tag #${tag.from} to #${tag.to}.`;
    }
  }
}

/** Where a reader may open what the entry concerns; null when nothing of it is public. */
export function entryHref(entry: LogEntry): string | null {
  const subject = entry.subject;
  if (subject?.public && subject.id) {
    if (subject.kind === 'topic') return `/topics/${subject.id}`;
    if (entry.topic) return `/topics/${entry.topic.id}#post-${subject.id}`;
  }
  if (entry.topic) return `/topics/${entry.topic.id}`;
  // The tag as it is called now: the feed filtered by it.
  if (entry.kind === 'tag' && entry.tag) return `/?tag=${encodeURIComponent(entry.tag.to)}`;
  return null;
}

/** `/log` (or the feed) with the filters that are set, and a page cursor. */
export function logHref(
  filters: LogFilters,
  cursor?: string | null,
  path: '/log' | '/log/feed.xml' = '/log',
): string {
  const search = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value) search.set(name, value);
  }
  if (cursor) search.set('cursor', cursor);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** The anchor of an entry on the page (and its Atom id's fragment). */
export const entryAnchor = (key: string) => `entry-${key.replace(/:/g, '-')}`;

/**
 * The filters and cursor in a /log URL, checked with the procedure's own schema. A parameter the
 * api would refuse is dropped and its message returned, so the page says what it ignored.
 */
export function readLogParams(raw: Record<string, string | string[] | undefined>): {
  filters: LogFilters;
  cursor: string | null;
  problems: string[];
} {
  const first = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  const candidate: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const value = first(raw[name]);
    if (value) candidate[name] = value;
  }
  const problems: string[] = [];
  for (let attempt = 0; attempt <= FILTER_NAMES.length; attempt++) {
    const parsed = logFiltersInput.safeParse(candidate);
    if (parsed.success) {
      const cursor = first(raw.cursor);
      return { filters: parsed.data, cursor: cursor ? cursor.slice(0, 300) : null, problems };
    }
    for (const issue of parsed.error.issues) {
      problems.push(issue.message);
      const field = issue.path[0];
      if (typeof field === 'string') delete candidate[field];
    }
  }
  return { filters: {}, cursor: null, problems };
}
