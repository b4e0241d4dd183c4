// How api and worker get their Overlord: the provider chosen by config, behind the semantic
// cache when it is a paid model. The offline judge is deterministic and free: nothing to cache.
import type { Db } from '@overlord/db';
import {
  type CacheOutcome,
  createOverlord,
  OFFLINE_JUDGE,
  type Overlord,
  type OverlordConfig,
  type OverlordMetrics,
} from '@overlord/overlord';
import type { Redis } from '@overlord/redis';

import { withSemanticCache } from './cache/cached-overlord.ts';
import { createSemanticCache } from './cache/semantic-cache.ts';
import type { CostLedger } from './costs/ledger.ts';
import { withCallBudget } from './limits/call-budget.ts';
import { withSpendCap } from './limits/spend-cap.ts';

export interface AppOverlordOptions {
  config: OverlordConfig;
  db: Db;
  redis: Redis;
  cache: { ttlSeconds: number; threshold: number };
  metrics?: OverlordMetrics | undefined;
  /** Where each provider call's cost is summed per day (provider_cost_days). */
  costs?: CostLedger | undefined;
  onCacheError?: ((error: unknown) => void) | undefined;
  /** Model calls allowed per hour across all instances; 0 or absent: no cap. The daily spend
   *  cap is a run-time setting, checked before it. */
  callsPerHour?: number | undefined;
}

export function createAppOverlord(opts: AppOverlordOptions): Overlord {
  const { metrics, costs } = opts;
  const provider = createOverlord(
    opts.config,
    metrics || costs
      ? {
          onCall: (call) => {
            metrics?.onCall(call);
            costs?.record(call);
          },
        }
      : {},
  );
  if (provider.name === OFFLINE_JUDGE) return provider;
  // Inside the cache: an answer from the cache costs no call. The spend cap (a run-time setting,
  // off by default) is checked first, then a call is taken from the hourly cap.
  const counted = opts.callsPerHour
    ? withCallBudget(provider, opts.db, opts.callsPerHour)
    : provider;
  const base = withSpendCap(counted, { db: opts.db, redis: opts.redis, costs });
  if (opts.cache.ttlSeconds === 0) return base;
  const cache = createSemanticCache({
    db: opts.db,
    redis: opts.redis,
    ...opts.cache,
    // Prometheus for this instance, and the daily sums every instance adds to (the dashboard).
    metrics: {
      cache: (operation: string, outcome: CacheOutcome) => {
        opts.metrics?.cache(operation, outcome);
        costs?.recordCache(operation, outcome);
      },
    },
    onError: opts.onCacheError,
  });
  return withSemanticCache(base, cache);
}
