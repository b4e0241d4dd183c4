// The admin dashboard's figures (docs/product.md §18). Each is read from the database (the queues
// and verdicts themselves, or aggregates persisted by every instance), never from one process's
// memory, so any api instance answers the same for the whole deployment.
import type { Db } from '@overlord/db';

import { percentileMs } from '../costs/latency.ts';
import { providerCostsByDay } from '../costs/report.ts';

export interface QueueDepth {
  kind: 'topic' | 'post' | 'message';
  depth: number;
  /** Seconds the oldest pending item has waited (0 when the queue is empty). */
  oldestWaitSeconds: number;
  /** Items of this kind held for a moderator (docs/product.md §6). */
  held: number;
}

export interface QueueFigures {
  queues: QueueDepth[];
  busiestTopics: { id: string; title: string; depth: number; oldestWaitSeconds: number }[];
}

export async function queueFigures(db: Db): Promise<QueueFigures> {
  const [queues, busiest] = await Promise.all([
    db.$queryRawUnsafe<QueueDepth[]>(
      `SELECT 'post' AS kind, count(*) FILTER (WHERE status = 'pending')::int AS depth,
              coalesce(extract(epoch FROM now() - min(submitted_at) FILTER (WHERE status = 'pending')), 0)::float8 AS "oldestWaitSeconds",
              count(*) FILTER (WHERE held_for_review)::int AS held
         FROM posts WHERE status = 'pending' OR held_for_review
       UNION ALL
       SELECT 'topic', count(*) FILTER (WHERE status = 'pending')::int,
              coalesce(extract(epoch FROM now() - min(submitted_at) FILTER (WHERE status = 'pending')), 0)::float8,
              count(*) FILTER (WHERE held_for_review)::int
         FROM topics WHERE NOT is_system AND (status = 'pending' OR held_for_review)
       UNION ALL
       SELECT 'message', count(*) FILTER (WHERE status = 'pending')::int,
              coalesce(extract(epoch FROM now() - min(submitted_at) FILTER (WHERE status = 'pending')), 0)::float8,
              count(*) FILTER (WHERE held_for_review)::int
         FROM private_messages WHERE status = 'pending' OR held_for_review`,
    ),
    db.$queryRawUnsafe<QueueFigures['busiestTopics']>(
      `SELECT t.id::text AS id, t.title, count(*)::int AS depth,
              extract(epoch FROM now() - min(p.submitted_at))::float8 AS "oldestWaitSeconds"
         FROM posts p JOIN topics t ON t.id = p.topic_id
        WHERE p.status = 'pending'
        GROUP BY t.id, t.title
        ORDER BY depth DESC, "oldestWaitSeconds" DESC
        LIMIT 5`,
    ),
  ]);
  return { queues, busiestTopics: busiest };
}

/** Items the worker judged: stamped in review (screen rejections never are), not held. */
const JUDGED = (table: string) =>
  `SELECT decided_at, review_started_at FROM ${table}
    WHERE decided_at >= $1 AND review_started_at IS NOT NULL AND NOT held_for_review`;
const ALL_JUDGED = `${JUDGED('posts')} UNION ALL ${JUDGED('topics')} UNION ALL ${JUDGED('private_messages')}`;

export interface ThroughputFigures {
  /** Verdicts per minute over the last hour, oldest first ("HH:MM" UTC). */
  perMinute: { minute: string; verdicts: number }[];
  lastHour: number;
}

export async function throughputFigures(db: Db): Promise<ThroughputFigures> {
  const since = new Date(Date.now() - 60 * 60_000);
  const rows = await db.$queryRawUnsafe<{ minute: string; verdicts: number }[]>(
    `WITH v AS (${ALL_JUDGED})
     SELECT to_char(m AT TIME ZONE 'UTC', 'HH24:MI') AS minute, count(v.decided_at)::int AS verdicts
       FROM generate_series(date_trunc('minute', now()) - interval '59 minutes',
                            date_trunc('minute', now()), interval '1 minute') AS m
       LEFT JOIN v ON date_trunc('minute', v.decided_at) = m
      GROUP BY m ORDER BY m`,
    since,
  );
  return { perMinute: rows, lastHour: rows.reduce((sum, r) => sum + r.verdicts, 0) };
}

export interface ModelDay {
  day: string;
  /** Judging time, review start to verdict, in seconds (null: no verdicts that day). */
  p50Seconds: number | null;
  p99Seconds: number | null;
  /**
   * Model-call latency, provider request to answer (retries included), in milliseconds, from
   * the persisted histogram (model_latency_days): within 10%, as the bucket's upper bound. Every
   * operation but chat, whose streamed answers last as long as they are long. Null: no calls.
   */
  callP50Ms: number | null;
  callP99Ms: number | null;
  /** The calls those percentiles are read from. */
  timedCalls: number;
  calls: number;
  failedCalls: number;
  errorRate: number | null;
  costUsd: number;
}

/** Operations whose duration is not a latency (a streamed chat answer). */
const UNTIMED_OPERATIONS = ['chat'];

/**
 * The last `days` UTC days, oldest first: judging time and model-call latency percentiles,
 * errors and spend.
 */
export async function modelFigures(db: Db, days = 14): Promise<ModelDay[]> {
  const since = new Date(Date.now() - (days - 1) * 86_400_000);
  since.setUTCHours(0, 0, 0, 0);
  const [latency, costs, histogram] = await Promise.all([
    db.$queryRawUnsafe<{ day: string; p50: number | null; p99: number | null }[]>(
      `WITH v AS (${ALL_JUDGED})
       SELECT to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - review_started_at)::float8)::float8 AS p50,
              percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - review_started_at)::float8)::float8 AS p99
         FROM v GROUP BY 1`,
      since,
    ),
    providerCostsByDay(db, days),
    db.$queryRawUnsafe<{ day: string; bucket: number; calls: number }[]>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, bucket, sum(calls)::int AS calls
         FROM model_latency_days
        WHERE day >= $1::date AND operation <> ALL($2::text[])
        GROUP BY day, bucket`,
      since,
      UNTIMED_OPERATIONS,
    ),
  ]);
  const byDay = new Map<string, ModelDay>();
  for (let i = 0; i < days; i++) {
    const day = new Date(since.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    byDay.set(day, {
      day,
      p50Seconds: null,
      p99Seconds: null,
      callP50Ms: null,
      callP99Ms: null,
      timedCalls: 0,
      calls: 0,
      failedCalls: 0,
      errorRate: null,
      costUsd: 0,
    });
  }
  for (const l of latency) {
    const d = byDay.get(l.day);
    if (d) Object.assign(d, { p50Seconds: l.p50, p99Seconds: l.p99 });
  }
  const histograms = new Map<string, { bucket: number; calls: number }[]>();
  for (const h of histogram) {
    const list = histograms.get(h.day) ?? [];
    list.push({ bucket: h.bucket, calls: h.calls });
    histograms.set(h.day, list);
  }
  for (const [day, buckets] of histograms) {
    const d = byDay.get(day);
    if (!d) continue;
    d.callP50Ms = percentileMs(buckets, 0.5);
    d.callP99Ms = percentileMs(buckets, 0.99);
    d.timedCalls = buckets.reduce((sum, b) => sum + b.calls, 0);
  }
  for (const c of costs) {
    const d = byDay.get(c.day);
    if (!d) continue;
    d.costUsd = c.totalUsd;
    for (const op of c.operations) {
      d.calls += op.calls;
      d.failedCalls += op.failedCalls;
    }
    d.errorRate = d.calls ? d.failedCalls / d.calls : null;
  }
  return [...byDay.values()];
}

export interface CommunityFigures {
  /** Citizens who submitted anything in the last 7 days. */
  active: number;
  /** Of those, citizens who had also submitted before those 7 days. */
  returning: number;
  /** Citizens submitting per UTC day over the last 14 days, oldest first. */
  activeByDay: { day: string; citizens: number }[];
  appeals: { pending: number; oldestAgeSeconds: number };
  reports: { pending: number; oldestAgeSeconds: number };
}

const SUBMISSIONS = `SELECT author_id AS user_id, submitted_at FROM posts
  UNION ALL SELECT author_id, submitted_at FROM topics WHERE NOT is_system AND author_id IS NOT NULL
  UNION ALL SELECT sender_id, submitted_at FROM private_messages`;

export async function communityFigures(db: Db): Promise<CommunityFigures> {
  const [[activity], byDay, [appeals], [reports]] = await Promise.all([
    db.$queryRawUnsafe<[{ active: number; returning: number }]>(
      `WITH s AS (${SUBMISSIONS}),
            recent AS (SELECT DISTINCT user_id FROM s WHERE submitted_at >= now() - interval '7 days')
       SELECT (SELECT count(*) FROM recent)::int AS active,
              (SELECT count(*) FROM recent r WHERE EXISTS (
                 SELECT 1 FROM s WHERE s.user_id = r.user_id
                    AND s.submitted_at < now() - interval '7 days'))::int AS returning`,
    ),
    db.$queryRawUnsafe<{ day: string; citizens: number }[]>(
      `WITH s AS (${SUBMISSIONS})
       SELECT to_char(d, 'YYYY-MM-DD') AS day, count(DISTINCT s.user_id)::int AS citizens
         FROM generate_series((now() AT TIME ZONE 'UTC')::date - 13, (now() AT TIME ZONE 'UTC')::date,
                              interval '1 day') AS d
         LEFT JOIN s ON (s.submitted_at AT TIME ZONE 'UTC')::date = d::date
        GROUP BY d ORDER BY d`,
    ),
    db.$queryRawUnsafe<[{ pending: number; oldest: number }]>(
      `SELECT count(*)::int AS pending,
              coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS oldest
         FROM appeals WHERE status = 'pending'`,
    ),
    db.$queryRawUnsafe<[{ pending: number; oldest: number }]>(
      `SELECT count(*)::int AS pending,
              coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS oldest
         FROM flags WHERE status = 'pending'`,
    ),
  ]);
  return {
    active: activity.active,
    returning: activity.returning,
    activeByDay: byDay,
    appeals: { pending: appeals.pending, oldestAgeSeconds: appeals.oldest },
    reports: { pending: reports.pending, oldestAgeSeconds: reports.oldest },
  };
}

export interface CacheDay {
  day: string;
  lookups: number;
  hits: number;
  /** Share of lookups answered from the cache (null: no lookups that day). */
  hitRate: number | null;
}

/** Semantic-cache hit rate per UTC day (semantic_cache_days), oldest first. */
export async function cacheFigures(db: Db, days = 14): Promise<CacheDay[]> {
  const rows = await db.$queryRawUnsafe<{ day: string; lookups: number; hits: number }[]>(
    `SELECT to_char(d, 'YYYY-MM-DD') AS day,
            coalesce(sum(c.count), 0)::int AS lookups,
            coalesce(sum(c.count) FILTER (WHERE c.outcome <> 'miss'), 0)::int AS hits
       FROM generate_series((now() AT TIME ZONE 'UTC')::date - ($1::int - 1),
                            (now() AT TIME ZONE 'UTC')::date, interval '1 day') AS d
       LEFT JOIN semantic_cache_days c ON c.day = d::date
      GROUP BY d ORDER BY d`,
    days,
  );
  return rows.map((r) => ({ ...r, hitRate: r.lookups ? r.hits / r.lookups : null }));
}
