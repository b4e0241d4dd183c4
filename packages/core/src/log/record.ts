// The Overlord's record (docs/product.md §16): verdicts per day by outcome, rejection reasons,
// the share of appealed decisions that officials overturned per week (its error rate) and the
// median time from submission to verdict. Computed from the stored verdict and decision times,
// never from one process's memory, so every instance shows the same figures; cached in Redis
// for a few seconds because the page is public and the sums read whole windows.
import { type Db, sqlPool } from '@overlord/db';
import type { Redis } from '@overlord/redis';

import { appealsSql, verdictsSql } from './sources-sql.ts';

/** Days of daily figures, weeks of weekly ones. */
export const RECORD_DAYS = 30;
export const RECORD_WEEKS = 12;
export const RECORD_CACHE_SECONDS = 30;
const CACHE_KEY = 'log:record:v1';

export interface OverlordRecord {
  generatedAt: Date;
  days: number;
  weeks: number;
  /** One row per UTC day, oldest first (`day` is YYYY-MM-DD). */
  verdictsPerDay: {
    day: string;
    approved: number;
    rejected: number;
    calibrate: number;
    /** Median seconds from submission to verdict that day; null without verdicts. */
    medianSeconds: number | null;
  }[];
  /** Rejections in the window by reason category. */
  rejectionReasons: { reason: 'poor_logic' | 'poor_tone' | 'off_topic'; count: number }[];
  /** One row per week (Monday, UTC), oldest first. */
  appealsPerWeek: {
    week: string;
    decided: number;
    sustained: number;
    sustainRate: number | null;
  }[];
  totals: {
    verdicts: number;
    medianSeconds: number | null;
    appealsDecided: number;
    appealsSustained: number;
    /** Sustained ÷ decided over the weeks shown: how often the Overlord was overturned. */
    errorRate: number | null;
  };
  /** Judge ids seen in the window, for the log's judge filter. */
  judges: string[];
}

interface DayRow {
  day: string;
  approved: number;
  rejected: number;
  calibrate: number;
  median_seconds: number | null;
}

/** Computes the record from the database. */
export async function computeOverlordRecord(db: Db): Promise<OverlordRecord> {
  const pool = sqlPool(db);
  const windowStart = `date_trunc('day', now() AT TIME ZONE 'UTC') - interval '${RECORD_DAYS - 1} days'`;
  const recent = `v.at >= (${windowStart}) AT TIME ZONE 'UTC'`;
  const [days, reasons, weeks, totals, judges] = await Promise.all([
    pool.query<DayRow>({
      name: 'log-record-days',
      text: `WITH v AS (${verdictsSql()}),
                  d AS (SELECT generate_series(${windowStart},
                                               date_trunc('day', now() AT TIME ZONE 'UTC'),
                                               interval '1 day') AS day)
             SELECT to_char(d.day, 'YYYY-MM-DD') AS day,
                    count(v.key) FILTER (WHERE v.decision = 'approved')::int AS approved,
                    count(v.key) FILTER (WHERE v.decision = 'rejected')::int AS rejected,
                    count(v.key) FILTER (WHERE v.decision = 'calibrate')::int AS calibrate,
                    percentile_cont(0.5) WITHIN GROUP (
                      ORDER BY extract(epoch FROM v.at - v.submitted_at)::float8) AS median_seconds
               FROM d LEFT JOIN v
                 ON v.at >= d.day AT TIME ZONE 'UTC'
                AND v.at < (d.day + interval '1 day') AT TIME ZONE 'UTC'
              GROUP BY d.day ORDER BY d.day`,
    }),
    pool.query<{ reason: string; count: number }>({
      name: 'log-record-reasons',
      text: `WITH v AS (${verdictsSql()})
             SELECT v.reason, count(*)::int AS count FROM v
              WHERE v.decision = 'rejected' AND v.reason IS NOT NULL AND ${recent}
              GROUP BY v.reason`,
    }),
    pool.query<{ week: string; decided: number; sustained: number }>({
      name: 'log-record-weeks',
      text: `WITH a AS (${appealsSql()}),
                  w AS (SELECT generate_series(
                          date_trunc('week', now() AT TIME ZONE 'UTC') - interval '${RECORD_WEEKS - 1} weeks',
                          date_trunc('week', now() AT TIME ZONE 'UTC'), interval '1 week') AS week)
             SELECT to_char(w.week, 'YYYY-MM-DD') AS week,
                    count(a.key)::int AS decided,
                    count(a.key) FILTER (WHERE a.decision = 'sustained')::int AS sustained
               FROM w LEFT JOIN a
                 ON a.at >= w.week AT TIME ZONE 'UTC'
                AND a.at < (w.week + interval '1 week') AT TIME ZONE 'UTC'
              GROUP BY w.week ORDER BY w.week`,
    }),
    pool.query<{ verdicts: number; median_seconds: number | null }>({
      name: 'log-record-totals',
      text: `WITH v AS (${verdictsSql()})
             SELECT count(*)::int AS verdicts,
                    percentile_cont(0.5) WITHIN GROUP (
                      ORDER BY extract(epoch FROM v.at - v.submitted_at)::float8) AS median_seconds
               FROM v WHERE ${recent}`,
    }),
    pool.query<{ judge: string }>({
      name: 'log-record-judges',
      text: `WITH v AS (${verdictsSql()})
             SELECT DISTINCT v.judge FROM v
              WHERE v.judge IS NOT NULL AND ${recent}
              ORDER BY v.judge LIMIT 20`,
    }),
  ]);

  const byReason = new Map(reasons.rows.map((r) => [r.reason, r.count]));
  const appealsPerWeek = weeks.rows.map((w) => ({
    week: w.week,
    decided: w.decided,
    sustained: w.sustained,
    sustainRate: w.decided > 0 ? w.sustained / w.decided : null,
  }));
  const appealsDecided = appealsPerWeek.reduce((sum, w) => sum + w.decided, 0);
  const appealsSustained = appealsPerWeek.reduce((sum, w) => sum + w.sustained, 0);
  return {
    generatedAt: new Date(),
    days: RECORD_DAYS,
    weeks: RECORD_WEEKS,
    verdictsPerDay: days.rows.map((d) => ({
      day: d.day,
      approved: d.approved,
      rejected: d.rejected,
      calibrate: d.calibrate,
      medianSeconds: d.median_seconds,
    })),
    rejectionReasons: (['poor_logic', 'poor_tone', 'off_topic'] as const).map((reason) => ({
      reason,
      count: byReason.get(reason) ?? 0,
    })),
    appealsPerWeek,
    totals: {
      verdicts: totals.rows[0]?.verdicts ?? 0,
      medianSeconds: totals.rows[0]?.median_seconds ?? null,
      appealsDecided,
      appealsSustained,
      errorRate: appealsDecided > 0 ? appealsSustained / appealsDecided : null,
    },
    judges: judges.rows.map((j) => j.judge),
  };
}

/**
 * The record, from Redis when another request (on any instance) computed it in the last
 * RECORD_CACHE_SECONDS; otherwise computed and stored. With Redis down it is computed each time.
 */
export async function cachedOverlordRecord(deps: {
  db: Db;
  redis: Redis;
}): Promise<OverlordRecord> {
  const hit = await deps.redis.get(CACHE_KEY).catch(() => null);
  if (hit) {
    try {
      const cached = JSON.parse(hit) as OverlordRecord & { generatedAt: string };
      return { ...cached, generatedAt: new Date(cached.generatedAt) };
    } catch {
      // a damaged entry is recomputed below
    }
  }
  const record = await computeOverlordRecord(deps.db);
  await deps.redis
    .set(CACHE_KEY, JSON.stringify(record), 'EX', RECORD_CACHE_SECONDS)
    .catch(() => null);
  return record;
}

/** Drops the cached record (tests; an operator who wants fresh figures at once). */
export async function forgetOverlordRecord(redis: Redis): Promise<void> {
  await redis.del(CACHE_KEY).catch(() => null);
}
