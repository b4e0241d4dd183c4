import { APICallError } from 'ai';

import type { Operation, ProviderCall, ResolvedOverlordConfig } from './config';
import { OverlordError } from './config';

export interface Attempt<T> {
  value: T;
  inputTokens?: number | undefined;
  outputTokens?: number | undefined;
}

export interface CallPolicy {
  operation: Operation;
  provider: string;
  model: string;
  timeoutMs: number;
  retries: ResolvedOverlordConfig['retries'];
  onCall?: ((record: ProviderCall) => void) | undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Our own error vocabulary, so nothing outside the provider layer sees an SDK class. */
export function toOverlordError(error: unknown, timedOut: boolean): OverlordError {
  if (error instanceof OverlordError) return error;
  if (timedOut) return new OverlordError('timeout', 'the provider did not answer in time');
  if (APICallError.isInstance(error)) {
    const status = error.statusCode;
    if (status === 429) return new OverlordError('rate_limited', 'rate limited', status);
    if (status !== undefined && status >= 500)
      return new OverlordError('unavailable', `provider error ${status}`, status);
    if (error.isRetryable) return new OverlordError('unavailable', error.message, status);
    return new OverlordError('failed', `provider refused the request (${status})`, status);
  }
  const name = (error as Error)?.name ?? '';
  if (/NoObjectGenerated|NoOutputGenerated|JSONParse|TypeValidation|ZodError/.test(name))
    return new OverlordError('malformed', 'the provider returned output that fails the schema');
  return new OverlordError('failed', (error as Error)?.message ?? String(error));
}

function retryDelay(error: unknown, attempt: number, retries: CallPolicy['retries']): number {
  const headers = APICallError.isInstance(error) ? (error.responseHeaders ?? {}) : {};
  const ms = Number(headers['retry-after-ms']);
  const s = Number(headers['retry-after']);
  const hinted = Number.isFinite(ms) && ms > 0 ? ms : Number.isFinite(s) && s > 0 ? s * 1000 : 0;
  const backoff = retries.baseDelayMs * 2 ** attempt;
  return Math.min(Math.max(hinted, backoff), retries.maxDelayMs);
}

/**
 * One logical provider call: a timeout per attempt, retries with exponential backoff (or the
 * server's retry-after) on 429/5xx only, and one accounting record whatever the outcome.
 * Timeouts are not retried: the caller's latency budget (e.g. the screen) is already spent.
 */
export async function callProvider<T>(
  policy: CallPolicy,
  run: (signal: AbortSignal) => Promise<Attempt<T>>,
): Promise<T> {
  const started = performance.now();
  let attempts = 0;
  const tokens = { input: 0, output: 0 };
  const record = (ok: boolean, error?: OverlordError) =>
    policy.onCall?.({
      operation: policy.operation,
      provider: policy.provider,
      model: policy.model,
      ok,
      ...(error ? { error: error.kind } : {}),
      attempts,
      latencyMs: performance.now() - started,
      inputTokens: tokens.input,
      outputTokens: tokens.output,
    });
  for (;;) {
    attempts++;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), policy.timeoutMs);
    try {
      const result = await run(controller.signal);
      tokens.input += result.inputTokens ?? 0;
      tokens.output += result.outputTokens ?? 0;
      record(true);
      return result.value;
    } catch (raw) {
      const error = toOverlordError(raw, controller.signal.aborted);
      const retryable = error.kind === 'rate_limited' || error.kind === 'unavailable';
      if (!retryable || attempts > policy.retries.max) {
        record(false, error);
        throw error;
      }
      await sleep(retryDelay(raw, attempts - 1, policy.retries));
    } finally {
      clearTimeout(timer);
    }
  }
}
