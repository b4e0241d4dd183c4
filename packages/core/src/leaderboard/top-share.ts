// The top share of the leaderboard that may propose topics (docs/product.md §4, §8). The share is
// a run-time setting (settings `top_share_percent`, a whole percent); this is its default.

/** The default share, in whole percent: the top 10%. */
export const DEFAULT_TOP_SHARE_PERCENT = 10;

/** The default share as a fraction (kept for callers written before the setting). */
export const TOP_SHARE = DEFAULT_TOP_SHARE_PERCENT / 100;

/**
 * Size of the top share: at least one citizen once anyone is ranked. Integer arithmetic, so 30
 * citizens at 10% make 3 places (`Math.ceil(30 * 0.1)` would make 4: 30 × 0.1 is 3.0000000000000004
 * in floating point).
 */
export const topShareSize = (total: number, sharePercent = DEFAULT_TOP_SHARE_PERCENT) =>
  total === 0 ? 0 : Math.max(1, Math.ceil((total * sharePercent) / 100));
