export { bucketUpperMs, latencyBucket, percentileMs } from './latency.ts';
export { COST_FLUSH_MS, createCostLedger, type CostLedger } from './ledger.ts';
export { type CostDay, providerCostsByDay, spentTodayUsd } from './report.ts';
