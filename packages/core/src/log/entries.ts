// The public moderation log (docs/product.md §16): every published decision, newest first, with
// cursors. The same page for every reader (it is also the Atom feed), so nothing in it depends
// on who asks; what an entry shows of its item follows the item's public state.
import { type Db, sqlPool } from '@overlord/db';
import {
  type LogFilters,
  type LogKind,
  type LogReason,
  OFFICIAL_ROLES,
  type OfficialRole,
} from '@overlord/validators';

import { DomainError } from '../errors.ts';
import { entriesSql, itemVisibilitySql } from './sources-sql.ts';

export type LogDecision =
  | 'approved'
  | 'rejected'
  | 'calibrate'
  | 'sustained'
  | 'denied'
  | 'dismissed'
  | 'renamed'
  | 'merged';

export interface LogEntry {
  /** Stable and unique: `verdict:post:<id>`, `appeal:<id>`, `report:<id>`, `tag:<id>`. */
  key: string;
  at: Date;
  kind: LogKind;
  decision: LogDecision;
  /** The reason category of a rejection (for an appeal: of the rejection appealed). */
  reason: LogReason | null;
  decidedBy:
    { kind: 'overlord'; judge: string | null } | { kind: 'official'; role: OfficialRole | null };
  /** The statement or topic concerned; its id and author only while it is public. */
  subject: {
    kind: 'post' | 'topic';
    public: boolean;
    /** The statement's id for a revision (docs/product.md §17): where its words are. */
    id: string | null;
    author: { username: string } | null;
    /** A revision of a statement rather than a statement of its own. */
    revision: boolean;
  } | null;
  /** The topic concerned (the item itself, or the statement's topic), while it is public. */
  topic: { id: string; title: string } | null;
  tag: { from: string; to: string; label: string | null } | null;
}

export interface LogPage {
  items: LogEntry[];
  nextCursor: string | null;
}

export interface ListLogInput extends LogFilters {
  limit: number;
  cursor?: string | null | undefined;
}

interface EntryRow {
  key: string;
  at: Date;
  at_text: string;
  kind: LogKind;
  decision: LogDecision;
  reason: string | null;
  judge: string | null;
  official_role: string | null;
  item_kind: 'post' | 'topic' | null;
  item_id: string | null;
  item_public: boolean | null;
  revision: boolean;
  author_username: string | null;
  topic_id: string | null;
  topic_title: string | null;
  tag_from: string | null;
  tag_to: string | null;
  tag_label: string | null;
}

const REASONS: ReadonlySet<string> = new Set(['poor_logic', 'poor_tone', 'off_topic']);
const ROLES: ReadonlySet<string> = new Set(OFFICIAL_ROLES);

/** Stamps keep their microseconds in the cursor: a JavaScript Date would round them away. */
const CURSOR_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const CURSOR_KEY = /^(?:verdict:(?:post|topic)|appeal|report|tag):[0-9a-f-]{36}$/;

export function encodeLogCursor(atText: string, key: string): string {
  return Buffer.from(JSON.stringify([atText, key])).toString('base64url');
}

export function decodeLogCursor(cursor: string): { at: string; key: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      CURSOR_AT.test(value[0]) &&
      CURSOR_KEY.test(value[1])
    ) {
      return { at: value[0], key: value[1] };
    }
  } catch {
    // falls through to the refusal
  }
  throw new DomainError('BAD_REQUEST', 'That page of the log does not exist; start from the top.');
}

/** Midnight UTC of a `YYYY-MM-DD` day, plus `days`. */
function dayStart(day: string, days = 0): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days));
}

export async function listLog(db: Db, input: ListLogInput): Promise<LogPage> {
  const values: unknown[] = [input.limit + 1];
  const filters: string[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  if (input.topic) filters.push(`en.topic_id = ${param(input.topic)}::uuid`);
  if (input.kind) filters.push(`en.kind = ${param(input.kind)}`);
  if (input.reason) filters.push(`en.reason = ${param(input.reason)}`);
  if (input.judge) {
    filters.push(
      ROLES.has(input.judge)
        ? `en.official_role = ${param(input.judge)}`
        : `en.kind = 'verdict' AND en.judge = ${param(input.judge)}`,
    );
  }
  if (input.from) filters.push(`en.at >= ${param(dayStart(input.from))}::timestamptz`);
  if (input.to) filters.push(`en.at < ${param(dayStart(input.to, 1))}::timestamptz`);
  if (input.cursor) {
    const cursor = decodeLogCursor(input.cursor);
    const at = param(cursor.at);
    const key = param(cursor.key);
    filters.push(
      `(en.at < ${at}::timestamptz OR (en.at = ${at}::timestamptz AND en.key < ${key}))`,
    );
  }

  const { rows } = await sqlPool(db).query<EntryRow>({
    text: `SELECT en.key, en.at,
                  to_char(en.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at_text,
                  en.kind, en.decision, en.reason, en.judge, en.official_role, en.item_kind,
                  COALESCE(ip.revision_of_id, en.item_id)::text AS item_id,
                  ip.revision_of_id IS NOT NULL AS revision,
                  ${itemVisibilitySql.itemPublic} AS item_public,
                  CASE WHEN ${itemVisibilitySql.itemPublic} THEN au.username::text END
                    AS author_username,
                  it.id::text AS topic_id,
                  CASE WHEN ${itemVisibilitySql.topicPublic} THEN it.title END AS topic_title,
                  en.tag_from, en.tag_to, en.tag_label
             FROM (${entriesSql()}) en
             LEFT JOIN posts ip ON en.item_kind = 'post' AND ip.id = en.item_id
             LEFT JOIN posts io ON io.id = ip.revision_of_id
             LEFT JOIN topics it ON it.id = en.topic_id
             LEFT JOIN users au
                    ON au.id = CASE en.item_kind WHEN 'post' THEN ip.author_id ELSE it.author_id END
            ${filters.length ? `WHERE ${filters.join(' AND ')}` : ''}
            ORDER BY en.at DESC, en.key DESC
            LIMIT $1`,
    values,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(toEntry),
    nextCursor: rows.length > input.limit && last ? encodeLogCursor(last.at_text, last.key) : null,
  };
}

function toEntry(row: EntryRow): LogEntry {
  const isPublic = row.item_public === true;
  const official = row.kind !== 'verdict';
  return {
    key: row.key,
    at: row.at,
    kind: row.kind,
    decision: row.decision,
    reason: row.reason && REASONS.has(row.reason) ? (row.reason as LogReason) : null,
    decidedBy: official
      ? {
          kind: 'official',
          role:
            row.official_role && ROLES.has(row.official_role)
              ? (row.official_role as OfficialRole)
              : null,
        }
      : { kind: 'overlord', judge: row.judge },
    subject: row.item_kind
      ? {
          kind: row.item_kind,
          public: isPublic,
          id: isPublic ? row.item_id : null,
          author: isPublic && row.author_username ? { username: row.author_username } : null,
          revision: row.revision,
        }
      : null,
    topic:
      row.topic_id && row.topic_title !== null
        ? { id: row.topic_id, title: row.topic_title }
        : null,
    tag:
      row.kind === 'tag' && row.tag_from && row.tag_to
        ? { from: row.tag_from, to: row.tag_to, label: row.tag_label }
        : null,
  };
}
