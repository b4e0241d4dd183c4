// The administration's pure helpers: the audit filter read from a query string (shared by the
// page and its CSV export) and how limits are described.
import { describe, expect, it } from 'vitest';

import { formatMilliseconds } from '../src/components/charts/format.ts';
import { describeLimit, describeSeconds } from '../src/lib/admin.ts';
import { topicRightRefusal, topShareName } from '../src/lib/topics.ts';
import { readAuditQuery } from '../src/app/admin/audit/filter.ts';

const from = (params: Record<string, string>) => readAuditQuery((name) => params[name]);

describe('the audit filter', () => {
  it('keeps what is set, trimmed, and drops what is empty', () => {
    expect(from({ actor: ' superadmin_nadia ', action: 'user.', target: '' })).toEqual({
      actor: 'superadmin_nadia',
      action: 'user.',
    });
  });

  it('reads days as UTC, the end day inclusive, and ignores anything else', () => {
    expect(from({ from: '2026-12-01', to: '2026-12-02' })).toEqual({
      from: new Date('2026-12-01T00:00:00Z'),
      to: new Date('2026-12-03T00:00:00Z'),
    });
    expect(from({ from: 'yesterday', to: '2026-13-45' })).toEqual({});
  });

  it('caps free text at 64 characters', () => {
    expect(from({ target: 'x'.repeat(100) }).target).toHaveLength(64);
  });
});

describe('limits in words', () => {
  it('says off, minutes, hours and days', () => {
    expect(describeLimit(null)).toBe('off');
    expect(describeLimit({ count: 20, windowSeconds: 600 })).toBe('20 per 10 minutes');
    expect(describeLimit({ count: 5, windowSeconds: 86_400 })).toBe('5 per day');
    expect(describeSeconds(3_600)).toBe('hour');
    expect(describeSeconds(90)).toBe('90 seconds');
    expect(describeSeconds(0)).toBe('no wait');
  });
});

describe('the top share in words', () => {
  it('names the common shares and gives the percent otherwise', () => {
    expect(topShareName(10)).toBe('tenth');
    expect(topShareName(25)).toBe('quarter');
    expect(topShareName(15)).toBe('15%');
    expect(topicRightRefusal(10)).toMatch(
      /^Topic creation is reserved for the most loyal tenth of citizens and for officials\./,
    );
    expect(topicRightRefusal(5)).toMatch(/the most loyal 5% of citizens/);
  });
});

describe('model-call latency in words', () => {
  it('says milliseconds, then seconds', () => {
    expect(formatMilliseconds(850.4)).toBe('850 ms');
    expect(formatMilliseconds(2_440)).toBe('2.4 s');
    expect(formatMilliseconds(65_000)).toBe('1 min 5 s');
  });
});
