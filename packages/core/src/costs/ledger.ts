// Provider cost per day, in the database (provider_cost_days), so any instance and the admin
// dashboard read the whole deployment's spend. Calls are summed in memory and flushed every few
// seconds as one upsert that adds to the day's row: many instances write the same rows without
// a read-modify-write race, and a busy hour costs a handful of statements, not one per call.
// Each call's duration goes the same way into a per-day latency histogram (model_latency_days,
// costs/latency.ts), the dashboard's model-call p50/p99.
import type { Db } from '@overlord/db';
import type { CallRecord } from '@overlord/overlord';

import { latencyBucket } from './latency.ts';

export interface CostLedgerOptions {
  db: Db;
  /** How often sums go to the database. */
  flushMs?: number;
  onError?: ((error: unknown) => void) | undefined;
}

interface Pending {
  day: string;
  provider: string;
  model: string;
  operation: string;
  calls: number;
  failedCalls: number;
  unpricedCalls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

export const COST_FLUSH_MS = 10_000;

const utcDay = (d: Date) => d.toISOString().slice(0, 10);

export function createCostLedger({ db, flushMs = COST_FLUSH_MS, onError }: CostLedgerOptions) {
  let pending = new Map<string, Pending>();
  // Semantic-cache lookups (semantic_cache_days), summed and flushed the same way.
  let lookups = new Map<
    string,
    { day: string; operation: string; outcome: string; count: number }
  >();
  // Call durations (model_latency_days): calls per day, operation and bucket.
  let latencies = new Map<
    string,
    { day: string; operation: string; bucket: number; calls: number }
  >();
  // The cost rows being written by the current flush: still this instance's unflushed spend
  // until the write commits.
  let writing: Pending[] = [];
  let flushing: Promise<void> = Promise.resolve();

  function addLatency(
    into: typeof latencies,
    day: string,
    operation: string,
    bucket: number,
    n: number,
  ) {
    const key = [day, operation, bucket].join('\u0000');
    const sum = into.get(key);
    if (sum) sum.calls += n;
    else into.set(key, { day, operation, bucket, calls: n });
  }

  async function writeLatencies(
    rows: { day: string; operation: string; bucket: number; calls: number }[],
  ) {
    rows.sort((a, b) =>
      a.day !== b.day
        ? a.day.localeCompare(b.day)
        : a.operation !== b.operation
          ? a.operation.localeCompare(b.operation)
          : a.bucket - b.bucket,
    );
    await db.$executeRawUnsafe(
      `INSERT INTO model_latency_days (day, operation, bucket, calls, updated_at)
       SELECT d, o, b, c, now() FROM unnest($1::date[], $2::text[], $3::int[], $4::int[]) AS t(d, o, b, c)
       ON CONFLICT (day, operation, bucket) DO UPDATE SET
         calls = model_latency_days.calls + EXCLUDED.calls, updated_at = now()`,
      rows.map((r) => r.day),
      rows.map((r) => r.operation),
      rows.map((r) => r.bucket),
      rows.map((r) => r.calls),
    );
  }

  function addLookups(
    into: typeof lookups,
    day: string,
    operation: string,
    outcome: string,
    n: number,
  ) {
    const key = [day, operation, outcome].join('\u0000');
    const sum = into.get(key);
    if (sum) sum.count += n;
    else into.set(key, { day, operation, outcome, count: n });
  }

  async function writeLookups(
    rows: { day: string; operation: string; outcome: string; count: number }[],
  ) {
    rows.sort((a, b) =>
      `${a.day}${a.operation}${a.outcome}`.localeCompare(`${b.day}${b.operation}${b.outcome}`),
    );
    await db.$executeRawUnsafe(
      `INSERT INTO semantic_cache_days (day, operation, outcome, count, updated_at)
       SELECT d, o, x, c, now() FROM unnest($1::date[], $2::text[], $3::text[], $4::int[]) AS t(d, o, x, c)
       ON CONFLICT (day, operation, outcome) DO UPDATE SET
         count = semantic_cache_days.count + EXCLUDED.count, updated_at = now()`,
      rows.map((r) => r.day),
      rows.map((r) => r.operation),
      rows.map((r) => r.outcome),
      rows.map((r) => r.count),
    );
  }

  function add(into: Map<string, Pending>, row: Pending) {
    const key = [row.day, row.provider, row.model, row.operation].join('\u0000');
    const sum = into.get(key);
    if (!sum) return void into.set(key, { ...row });
    sum.calls += row.calls;
    sum.failedCalls += row.failedCalls;
    sum.unpricedCalls += row.unpricedCalls;
    sum.inputTokens += row.inputTokens;
    sum.outputTokens += row.outputTokens;
    sum.costUsd += row.costUsd;
  }

  async function write(rows: Pending[]): Promise<void> {
    // Sorted, so two instances flushing together lock rows in the same order (no deadlock).
    rows.sort((a, b) =>
      `${a.day}${a.provider}${a.model}${a.operation}`.localeCompare(
        `${b.day}${b.provider}${b.model}${b.operation}`,
      ),
    );
    const col = <K extends keyof Pending>(k: K) => rows.map((r) => r[k]);
    await db.$executeRawUnsafe(
      `INSERT INTO provider_cost_days
         (day, provider, model, operation, calls, failed_calls, unpriced_calls,
          input_tokens, output_tokens, cost_usd, updated_at)
       SELECT d, p, m, o, c, f, u, i, x, usd, now()
         FROM unnest($1::date[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[],
                     $7::int[], $8::bigint[], $9::bigint[], $10::numeric[])
              AS t(d, p, m, o, c, f, u, i, x, usd)
       ON CONFLICT (day, provider, model, operation) DO UPDATE SET
         calls = provider_cost_days.calls + EXCLUDED.calls,
         failed_calls = provider_cost_days.failed_calls + EXCLUDED.failed_calls,
         unpriced_calls = provider_cost_days.unpriced_calls + EXCLUDED.unpriced_calls,
         input_tokens = provider_cost_days.input_tokens + EXCLUDED.input_tokens,
         output_tokens = provider_cost_days.output_tokens + EXCLUDED.output_tokens,
         cost_usd = provider_cost_days.cost_usd + EXCLUDED.cost_usd,
         updated_at = now()`,
      col('day'),
      col('provider'),
      col('model'),
      col('operation'),
      col('calls'),
      col('failedCalls'),
      col('unpricedCalls'),
      col('inputTokens'),
      col('outputTokens'),
      rows.map((r) => r.costUsd.toFixed(9)),
    );
  }

  /** Writes what was recorded so far; on failure the sums are kept for the next flush. */
  function flush(): Promise<void> {
    flushing = flushing.then(async () => {
      if (lookups.size) {
        const batch = lookups;
        lookups = new Map();
        try {
          await writeLookups([...batch.values()]);
        } catch (error) {
          for (const r of batch.values())
            addLookups(lookups, r.day, r.operation, r.outcome, r.count);
          onError?.(error);
        }
      }
      if (latencies.size) {
        const batch = latencies;
        latencies = new Map();
        try {
          await writeLatencies([...batch.values()]);
        } catch (error) {
          for (const r of batch.values())
            addLatency(latencies, r.day, r.operation, r.bucket, r.calls);
          onError?.(error);
        }
      }
      if (!pending.size) return;
      const batch = pending;
      pending = new Map();
      writing = [...batch.values()];
      try {
        await write(writing);
      } catch (error) {
        for (const row of batch.values()) add(pending, row);
        onError?.(error);
      } finally {
        writing = [];
      }
    });
    return flushing;
  }

  const timer = setInterval(() => void flush(), flushMs);
  timer.unref();

  return {
    /** Pass as (part of) the Overlord's `onCall`. */
    record(r: CallRecord): void {
      const day = utcDay(new Date());
      addLatency(latencies, day, r.operation, latencyBucket(r.latencyMs), 1);
      add(pending, {
        day,
        provider: r.provider,
        model: r.model,
        operation: r.operation,
        calls: 1,
        failedCalls: r.ok ? 0 : 1,
        unpricedCalls: r.priced ? 0 : 1,
        inputTokens: r.inputTokens,
        outputTokens: r.outputTokens,
        costUsd: r.costUsd,
      });
    },
    /** One semantic-cache lookup and its outcome (hit_exact, hit_semantic, miss). */
    recordCache(operation: string, outcome: string): void {
      addLookups(lookups, utcDay(new Date()), operation, outcome, 1);
    },
    /**
     * What this instance spent on `day` (UTC, YYYY-MM-DD) that is not in provider_cost_days yet:
     * the spend cap adds it to the flushed total, so one instance never overshoots by its own
     * unflushed calls.
     */
    unflushedUsd(day: string = utcDay(new Date())): number {
      let usd = 0;
      for (const row of [...pending.values(), ...writing]) if (row.day === day) usd += row.costUsd;
      return usd;
    },
    flush,
    /** Stops the timer and writes the rest (shutdown). */
    async stop(): Promise<void> {
      clearInterval(timer);
      await flush();
    },
  };
}

export type CostLedger = ReturnType<typeof createCostLedger>;
