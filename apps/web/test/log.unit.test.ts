// How public log entries read (the page, its live list and the Atom feed share these), how the
// page reads its filters from the URL, and how chart values are written.
import { describe, expect, it } from 'vitest';

import { formatCategory, formatDuration, formatValue } from '../src/components/charts/format.ts';
import {
  describeEntry,
  entryAnchor,
  entryHref,
  type LogEntry,
  logHref,
  readLogParams,
} from '../src/lib/log.ts';

const topic = { id: '01900000-0000-7000-8000-00000000000a', title: 'Nuclear power' };
const base: LogEntry = {
  key: 'verdict:post:01900000-0000-7000-8000-000000000001',
  at: new Date('2026-12-01T10:00:00Z'),
  kind: 'verdict',
  decision: 'approved',
  reason: null,
  decidedBy: { kind: 'overlord', judge: 'offline-v1' },
  subject: {
    kind: 'post',
    public: true,
    id: '01900000-0000-7000-8000-000000000001',
    author: { username: 'vera' },
    revision: false,
  },
  topic,
  tag: null,
};
const hidden = { kind: 'post' as const, public: false, id: null, author: null, revision: false };

describe('describeEntry', () => {
  it('names the author of a public statement and links to it', () => {
    expect(describeEntry(base)).toBe(
      'The Overlord approved a statement by @vera in “Nuclear power”.',
    );
    expect(entryHref(base)).toBe(`/topics/${topic.id}#post-${base.subject!.id}`);
  });

  it('says only where a rejected statement was, and why', () => {
    const rejected: LogEntry = {
      ...base,
      decision: 'rejected',
      reason: 'off_topic',
      subject: hidden,
    };
    expect(describeEntry(rejected)).toBe(
      'The Overlord rejected a statement in “Nuclear power” for off-topic reasons.',
    );
    expect(entryHref(rejected)).toBe(`/topics/${topic.id}`);
    const orphan: LogEntry = { ...rejected, topic: null };
    expect(describeEntry(orphan)).toContain('in a topic no longer public');
    expect(entryHref(orphan)).toBeNull();
  });

  it('words calibrations, topic proposals, appeals, reports and tag changes', () => {
    expect(describeEntry({ ...base, decision: 'calibrate', subject: hidden })).toBe(
      'The Overlord returned a statement in “Nuclear power” for calibration.',
    );
    expect(
      describeEntry({
        ...base,
        decision: 'rejected',
        reason: 'poor_logic',
        subject: { ...hidden, kind: 'topic' },
        topic: null,
      }),
    ).toBe('The Overlord rejected a topic proposal for poor logic.');
    const official = { kind: 'official' as const, role: 'moderator' as const };
    expect(
      describeEntry({
        ...base,
        kind: 'appeal',
        decision: 'denied',
        reason: 'poor_tone',
        decidedBy: official,
        subject: hidden,
      }),
    ).toBe(
      'A moderator denied an appeal against the rejection for poor tone of a statement in “Nuclear power”.',
    );
    expect(
      describeEntry({
        ...base,
        kind: 'report',
        decision: 'sustained',
        decidedBy: official,
        subject: hidden,
      }),
    ).toBe(
      'A moderator sustained a report against a statement in “Nuclear power”: it was withdrawn from the record.',
    );
    const tagEntry: LogEntry = {
      ...base,
      key: 'tag:01900000-0000-7000-8000-000000000002',
      kind: 'tag',
      decision: 'merged',
      decidedBy: { kind: 'official', role: 'admin' },
      subject: null,
      topic: null,
      tag: { from: 'economy', to: 'labour', label: null },
    };
    expect(describeEntry(tagEntry)).toBe('An admin merged the tag #economy into #labour.');
    expect(entryHref(tagEntry)).toBe('/?tag=labour');
  });

  it('anchors entries by key', () => {
    expect(entryAnchor('appeal:abc')).toBe('entry-appeal-abc');
  });
});

describe('readLogParams and logHref', () => {
  it('keeps valid filters and the cursor, in a stable URL', () => {
    const read = readLogParams({
      topic: topic.id,
      kind: 'verdict',
      from: '2026-12-01',
      cursor: 'abc',
    });
    expect(read).toEqual({
      filters: { topic: topic.id, kind: 'verdict', from: '2026-12-01' },
      cursor: 'abc',
      problems: [],
    });
    expect(logHref(read.filters, read.cursor)).toBe(
      `/log?topic=${topic.id}&kind=verdict&from=2026-12-01&cursor=abc`,
    );
    expect(logHref({}, null, '/log/feed.xml')).toBe('/log/feed.xml');
  });

  it('sets aside what the api would refuse, and says why', () => {
    const read = readLogParams({
      reason: 'terms_violation',
      from: '2026-12-09',
      to: '2026-12-01',
      kind: '',
    });
    expect(read.filters).toEqual({ from: '2026-12-09' });
    expect(read.problems).toHaveLength(2);
  });
});

describe('chart formats', () => {
  it('writes counts, shares and durations', () => {
    expect(formatValue(1234, 'count')).toBe('1,234');
    expect(formatValue(0.125, 'percent')).toBe('12.5%');
    expect(formatValue(null, 'percent')).toBe('no data');
    expect(formatDuration(42)).toBe('42 s');
    expect(formatDuration(200)).toBe('3 min 20 s');
    expect(formatDuration(7_500)).toBe('2 h 5 min');
    expect(formatCategory('2026-12-01', 'day')).toBe('1 Dec');
    expect(formatCategory('2026-11-30', 'week', true)).toBe('Week of 30 Nov 2026');
  });
});
