export { COST_FLUSH_MS, createCostLedger, type CostLedger } from './ledger.ts';
export { type CostDay, providerCostsByDay } from './report.ts';
