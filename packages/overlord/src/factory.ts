import { createOfflineOverlord } from './offline';
import type { Overlord } from './overlord';
import { type CallRecord, type OverlordConfig, OverlordConfigSchema } from './providers/config';
import { createLlmOverlord } from './providers/llm';

export interface OverlordHooks {
  /** Every provider call, for token/latency accounting (metrics, logs, the eval harness). */
  onCall?: (record: CallRecord) => void;
}

/**
 * The single place that decides which brain judges. Everything else receives an `Overlord`
 * and cannot tell the difference (docs/product.md §6).
 */
export function createOverlord(config: OverlordConfig = {}, hooks: OverlordHooks = {}): Overlord {
  const resolved = OverlordConfigSchema.parse(config);
  if (resolved.provider === 'offline') return createOfflineOverlord();
  return createLlmOverlord(resolved, { onCall: hooks.onCall });
}
