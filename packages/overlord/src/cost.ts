// What provider calls cost, summed per operation and per 1,000 verdicts: for the eval harness,
// benchmarks and (through the daily ledger in @overlord/core) the admin dashboard.
import type { CallRecord, Operation } from './providers/config';

export interface OperationCost {
  operation: Operation;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  /** Mean cost of one call of this operation. */
  costPerCallUsd: number;
}

export interface CostSummary {
  operations: OperationCost[];
  totalUsd: number;
  /** Evaluations that produced a verdict (successful evaluate calls) unless given. */
  verdicts: number;
  /** Everything spent (screens, tags, translations included) per 1,000 verdicts. */
  per1000VerdictsUsd: number;
  /** Models that were called without a configured price: their cost is missing above. */
  unpricedModels: string[];
}

export function summariseCost(records: readonly CallRecord[], verdicts?: number): CostSummary {
  const by = new Map<Operation, OperationCost>();
  for (const r of records) {
    const o = by.get(r.operation) ?? {
      operation: r.operation,
      calls: 0,
      inputTokens: 0,
      outputTokens: 0,
      costUsd: 0,
      costPerCallUsd: 0,
    };
    o.calls++;
    o.inputTokens += r.inputTokens;
    o.outputTokens += r.outputTokens;
    o.costUsd += r.costUsd;
    o.costPerCallUsd = o.costUsd / o.calls;
    by.set(r.operation, o);
  }
  const totalUsd = [...by.values()].reduce((sum, o) => sum + o.costUsd, 0);
  const judged = verdicts ?? records.filter((r) => r.operation === 'evaluate' && r.ok).length;
  return {
    operations: [...by.values()],
    totalUsd,
    verdicts: judged,
    per1000VerdictsUsd: judged ? (totalUsd / judged) * 1000 : 0,
    unpricedModels: [...new Set(records.filter((r) => !r.priced).map((r) => r.model))],
  };
}

const usd = (n: number) => `$${n.toFixed(n < 0.01 ? 6 : 4)}`;

/** A few lines for a terminal. */
export function formatCost(summary: CostSummary): string {
  if (!summary.operations.length) return 'Cost: no provider calls (offline judge): $0.';
  const lines = summary.operations.map(
    (o) =>
      `  ${o.operation.padEnd(10)} ${String(o.calls).padStart(5)} calls  ${String(o.inputTokens).padStart(8)} in  ${String(o.outputTokens).padStart(7)} out  ${usd(o.costUsd).padStart(10)}  (${usd(o.costPerCallUsd)} a call)`,
  );
  return [
    'Cost by operation:',
    ...lines,
    `Total: ${usd(summary.totalUsd)} for ${summary.verdicts} verdicts = ${usd(summary.per1000VerdictsUsd)} per 1,000 verdicts`,
    ...(summary.unpricedModels.length
      ? [`Unpriced models (set OVERLORD_MODEL_PRICES): ${summary.unpricedModels.join(', ')}`]
      : []),
  ].join('\n');
}
