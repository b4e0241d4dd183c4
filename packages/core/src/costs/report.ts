// Reading the cost ledger: spend per day, operation and model, and per 1,000 verdicts (for the
// admin dashboard and operators).
import type { Db } from '@overlord/db';

export interface CostDay {
  day: string;
  totalUsd: number;
  /** Successful evaluations that day: each is one verdict. */
  verdicts: number;
  /** The day's whole spend (screens, tags, translations included) per 1,000 verdicts. */
  per1000VerdictsUsd: number;
  unpricedCalls: number;
  operations: {
    operation: string;
    provider: string;
    model: string;
    calls: number;
    failedCalls: number;
    inputTokens: number;
    outputTokens: number;
    costUsd: number;
  }[];
}

/** The last `days` UTC days that had provider calls, newest first. */
export async function providerCostsByDay(db: Db, days = 30): Promise<CostDay[]> {
  const since = new Date(Date.now() - (days - 1) * 86_400_000);
  const rows = await db.providerCostDay.findMany({
    where: { day: { gte: new Date(since.toISOString().slice(0, 10)) } },
    orderBy: [{ day: 'desc' }, { operation: 'asc' }, { model: 'asc' }],
  });
  const byDay = new Map<string, CostDay>();
  for (const r of rows) {
    const day = r.day.toISOString().slice(0, 10);
    const entry = byDay.get(day) ?? {
      day,
      totalUsd: 0,
      verdicts: 0,
      per1000VerdictsUsd: 0,
      unpricedCalls: 0,
      operations: [],
    };
    const costUsd = Number(r.costUsd);
    entry.totalUsd += costUsd;
    entry.unpricedCalls += r.unpricedCalls;
    if (r.operation === 'evaluate') entry.verdicts += r.calls - r.failedCalls;
    entry.operations.push({
      operation: r.operation,
      provider: r.provider,
      model: r.model,
      calls: r.calls,
      failedCalls: r.failedCalls,
      inputTokens: Number(r.inputTokens),
      outputTokens: Number(r.outputTokens),
      costUsd,
    });
    byDay.set(day, entry);
  }
  return [...byDay.values()].map((d) => ({
    ...d,
    per1000VerdictsUsd: d.verdicts ? (d.totalUsd / d.verdicts) * 1000 : 0,
  }));
}

/**
 * What the deployment's model calls cost so far in the current UTC day, as flushed to
 * provider_cost_days by every instance (each flushes every COST_FLUSH_MS): the spend cap's
 * measure. Unpriced calls count nothing (their cost is unknown).
 */
export async function spentTodayUsd(db: Db): Promise<number> {
  const [row] = await db.$queryRawUnsafe<[{ usd: string | null }]>(
    `SELECT sum(cost_usd)::text AS usd FROM provider_cost_days
      WHERE day = (now() AT TIME ZONE 'UTC')::date`,
  );
  return Number(row?.usd ?? 0);
}
