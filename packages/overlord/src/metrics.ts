import type { JudgeStatus } from './env';
import type { CallRecord } from './providers/config';

// Structural slices of prom-client, so this package needs no metrics dependency: each app
// passes its own prom-client classes and registry (`createOverlordMetrics(promClient, registry)`).
interface CounterLike {
  inc(labels: Record<string, string>, value?: number): void;
}
interface GaugeLike {
  set(labels: Record<string, string>, value: number): void;
}
interface HistogramLike {
  observe(labels: Record<string, string>, value: number): void;
}
interface MetricOptions<R> {
  name: string;
  help: string;
  labelNames: readonly string[];
  registers: R[];
  buckets?: number[];
}
export interface PromClientLike<R> {
  Counter: new (options: MetricOptions<R>) => CounterLike;
  Histogram: new (options: MetricOptions<R>) => HistogramLike;
  Gauge: new (options: MetricOptions<R>) => GaugeLike;
}

export type CacheOutcome = 'hit_exact' | 'hit_semantic' | 'miss';

export interface OverlordMetrics {
  /** Pass as `onCall` to createOverlord: calls, tokens and latency per operation and model. */
  onCall(record: CallRecord): void;
  /** Semantic cache lookups by operation and outcome. */
  cache(operation: string, outcome: CacheOutcome): void;
  /** Which judge this process runs, and whether the offline judge runs by operator opt-in. */
  judge(name: string, status: JudgeStatus): void;
}

export function createOverlordMetrics<R>(prom: PromClientLike<R>, registry: R): OverlordMetrics {
  const registers = [registry];
  const calls = new prom.Counter({
    name: 'overlord_provider_calls_total',
    help: 'LLM provider calls by operation, model and outcome',
    labelNames: ['operation', 'provider', 'model', 'outcome'],
    registers,
  });
  const tokens = new prom.Counter({
    name: 'overlord_provider_tokens_total',
    help: 'Tokens used by operation, model and direction',
    labelNames: ['operation', 'model', 'direction'],
    registers,
  });
  const cost = new prom.Counter({
    name: 'overlord_provider_cost_usd_total',
    help: 'Provider spend in US dollars by operation and model, from the configured prices',
    labelNames: ['operation', 'provider', 'model'],
    registers,
  });
  const unpriced = new prom.Counter({
    name: 'overlord_provider_unpriced_calls_total',
    help: 'Calls to a model without a configured price (set OVERLORD_MODEL_PRICES)',
    labelNames: ['model'],
    registers,
  });
  const latency = new prom.Histogram({
    name: 'overlord_provider_call_duration_seconds',
    help: 'Provider call latency, retries included',
    labelNames: ['operation', 'model'],
    buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
    registers,
  });
  const cache = new prom.Counter({
    name: 'overlord_semantic_cache_total',
    help: 'Semantic cache lookups by operation and outcome (hit_exact, hit_semantic, miss)',
    labelNames: ['operation', 'outcome'],
    registers,
  });
  const judge = new prom.Gauge({
    name: 'overlord_judge_info',
    help: 'The judge this process runs (always 1); offline_opt_in="true" when OVERLORD_ALLOW_OFFLINE put the offline judge where a model was expected',
    labelNames: ['judge', 'provider', 'offline_opt_in'],
    registers,
  });
  return {
    judge: (name, status) =>
      judge.set(
        { judge: name, provider: status.provider, offline_opt_in: String(status.offlineOptIn) },
        1,
      ),
    onCall(r) {
      calls.inc({
        operation: r.operation,
        provider: r.provider,
        model: r.model,
        outcome: r.ok ? 'ok' : (r.error ?? 'failed'),
      });
      tokens.inc({ operation: r.operation, model: r.model, direction: 'input' }, r.inputTokens);
      tokens.inc({ operation: r.operation, model: r.model, direction: 'output' }, r.outputTokens);
      cost.inc({ operation: r.operation, provider: r.provider, model: r.model }, r.costUsd);
      if (!r.priced) unpriced.inc({ model: r.model });
      latency.observe({ operation: r.operation, model: r.model }, r.latencyMs / 1000);
    },
    cache: (operation, outcome) => cache.inc({ operation, outcome }),
  };
}
