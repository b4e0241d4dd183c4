/** The audit filter from the query string: what the page and the CSV export both read. */
export interface AuditQuery {
  actor?: string;
  action?: string;
  target?: string;
  from?: Date;
  to?: Date;
}

const text = (v: string | null | undefined, max: number) => {
  const t = v?.trim();
  return t ? t.slice(0, max) : undefined;
};

/** `from` and `to` are days (YYYY-MM-DD, UTC); `to` includes its whole day. */
function day(v: string | null | undefined, endOfDay: boolean): Date | undefined {
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
  const d = new Date(`${v}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return undefined;
  return endOfDay ? new Date(d.getTime() + 86_400_000) : d;
}

export function readAuditQuery(get: (name: string) => string | null | undefined): AuditQuery {
  const query: AuditQuery = {};
  const actor = text(get('actor'), 64);
  const action = text(get('action'), 64);
  const target = text(get('target'), 64);
  const from = day(get('from'), false);
  const to = day(get('to'), true);
  if (actor) query.actor = actor;
  if (action) query.action = action;
  if (target) query.target = target;
  if (from) query.from = from;
  if (to) query.to = to;
  return query;
}

/** The audit actions an official may filter by (prefixes end with a dot). */
export const AUDIT_ACTIONS = [
  ['', 'Any action'],
  ['user.', 'Any action on a citizen'],
  ['user.role_change', 'Role changes'],
  ['user.ban', 'Bans'],
  ['user.unban', 'Bans lifted'],
  ['user.delete', 'Account deletions'],
  ['sanction.', 'Sanctions'],
  ['appeal.', 'Appeal decisions'],
  ['flag.', 'Report decisions'],
  ['held.', 'Held-item decisions'],
  ['tag.', 'Tag changes'],
  ['message.read', 'Private message reads'],
  ['settings.update', 'Settings changes'],
] as const;
