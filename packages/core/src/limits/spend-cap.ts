// The daily cap on what model calls may cost (settings `model_spend_cap_usd_per_day`; no cap by
// default), shared by every api and worker instance through the persisted cost ledger
// (provider_cost_days). Checked before each paid call, like the hourly call cap: when the day's
// spend has reached the cap the call is refused before it is made, so the screen fails closed
// (the item is held for a moderator, never approved) and queued evaluations wait in order,
// without counting as failures, looking again every minute (a raised cap applies then) and
// starting afresh at UTC midnight.
//
// Not exact, by design (docs/decisions.md, "The spend cap is per UTC day"): every instance
// flushes its spend every COST_FLUSH_MS, so other instances' last seconds of calls are not seen
// yet (this instance's own unflushed spend is added), and calls already under way when the cap
// is reached still finish and are paid for. Calls to a model without a configured price cost
// nothing here.
import type { Db } from '@overlord/db';
import type { Overlord } from '@overlord/overlord';
import type { Redis } from '@overlord/redis';

import type { CostLedger } from '../costs/ledger.ts';
import { spentTodayUsd } from '../costs/report.ts';
import { readSettings } from '../settings/store.ts';
import { guardPaidCalls, ModelBudgetExhausted } from './call-budget.ts';

/** How long a waiting head waits before it looks at the spend (and the cap) again. */
export const SPEND_CAP_RECHECK_SECONDS = 60;

export class SpendCapReached extends ModelBudgetExhausted {
  constructor(
    readonly capUsd: number,
    readonly spentUsd: number,
    retryAt: Date,
  ) {
    super(
      `the daily model spend cap of $${capUsd.toFixed(2)} is reached ($${spentUsd.toFixed(2)} spent today, UTC)`,
      retryAt,
    );
    this.name = 'SpendCapReached';
  }
}

export interface SpendCapDeps {
  db: Db;
  redis: Redis;
  /** This instance's ledger: its unflushed spend counts too. */
  costs?: Pick<CostLedger, 'unflushedUsd'> | undefined;
}

const nextUtcMidnight = (now: number) => Math.floor(now / 86_400_000 + 1) * 86_400_000;

/** Throws SpendCapReached when today's spend has reached the cap in force; free when none is set. */
export async function assertWithinSpendCap(deps: SpendCapDeps): Promise<void> {
  const cap = (await readSettings(deps)).modelSpendCapUsdPerDay;
  if (cap === null) return;
  const spent = (await spentTodayUsd(deps.db)) + (deps.costs?.unflushedUsd() ?? 0);
  if (spent < cap) return;
  const now = Date.now();
  const retryAt = new Date(Math.min(nextUtcMidnight(now), now + SPEND_CAP_RECHECK_SECONDS * 1000));
  throw new SpendCapReached(cap, spent, retryAt);
}

/** The Overlord with the spend cap checked before every paid call. */
export function withSpendCap(base: Overlord, deps: SpendCapDeps): Overlord {
  return guardPaidCalls(base, () => assertWithinSpendCap(deps));
}
