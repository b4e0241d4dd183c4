// Model-call latency as a histogram (model_latency_days): every call's duration falls in a
// bucket whose bounds grow by 10%, so a day of calls is at most a couple of hundred rows per
// operation however many calls there were, every instance adds to the same rows, and a
// percentile read from the buckets is within 10% of the true one (reported as the bucket's
// upper bound: "p99 at most …"). Pure functions, shared by the ledger and the dashboard.

/** Each bucket's upper bound is this factor times the previous one. */
export const LATENCY_BUCKET_GROWTH = 1.1;
/** The last bucket holds everything from about 25 minutes up (no call lasts that long). */
export const LATENCY_BUCKET_MAX = 150;

const LOG_GROWTH = Math.log(LATENCY_BUCKET_GROWTH);

/**
 * The bucket of a duration: 0 for up to 1 ms, then b for (1.1^(b−1), 1.1^b] ms. Upper bounds
 * are inclusive, so a duration exactly on a bound stays in the lower bucket.
 */
export function latencyBucket(ms: number): number {
  if (!Number.isFinite(ms) || ms <= 1) return ms > 1 ? LATENCY_BUCKET_MAX : 0;
  // The small epsilon keeps exact bounds (1.1^b, computed in floating point) in their bucket.
  const b = Math.ceil(Math.log(ms) / LOG_GROWTH - 1e-9);
  return Math.min(LATENCY_BUCKET_MAX, Math.max(1, b));
}

/** The upper bound of a bucket, in milliseconds. */
export function bucketUpperMs(bucket: number): number {
  return LATENCY_BUCKET_GROWTH ** bucket;
}

/**
 * The `q` quantile (0–1) of a histogram, as the upper bound of the bucket it falls in; null for
 * an empty one. The rank is the nearest-rank definition: the smallest bucket holding at least
 * ⌈q·n⌉ calls.
 */
export function percentileMs(
  histogram: readonly { bucket: number; calls: number }[],
  q: number,
): number | null {
  const sorted = histogram.filter((h) => h.calls > 0).sort((a, b) => a.bucket - b.bucket);
  const total = sorted.reduce((sum, h) => sum + h.calls, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (const h of sorted) {
    seen += h.calls;
    if (seen >= rank) return bucketUpperMs(h.bucket);
  }
  return bucketUpperMs(sorted.at(-1)!.bucket);
}
