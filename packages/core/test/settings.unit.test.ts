// The run-time settings added for loyalty, badges, the top share and the model spend cap
// (docs/product.md §18): each defaults to the constant that applied before, a stored row is read
// back within the form's bounds (a bad one is ignored), and the pure rules they feed (the size of
// the top share, the badge catalogue, the latency histogram) follow them.
import { describe, expect, it } from 'vitest';

import { APPEAL_INTERVAL_SECONDS } from '../src/appeals/file.ts';
import {
  badgeCatalogue,
  badgeCatalogueWith,
  defaultBadgeThresholds,
} from '../src/badges/catalogue.ts';
import {
  bucketUpperMs,
  LATENCY_BUCKET_MAX,
  latencyBucket,
  percentileMs,
} from '../src/costs/latency.ts';
import { DEFAULT_TOP_SHARE_PERCENT, topShareSize } from '../src/leaderboard/top-share.ts';
import { loyaltyWeights } from '../src/loyalty.ts';
import {
  applyStored,
  defaultSettings,
  SETTING_KEYS,
  settingSchemas,
} from '../src/settings/catalogue.ts';

describe('defaults', () => {
  it('are the constants that applied before settings existed', () => {
    const settings = defaultSettings();
    expect(settings.loyaltyWeights).toEqual({
      topic_approved: 5,
      topic_rejected: -5,
      post_approved: 1,
      post_rejected: -1,
      message_approved: 1,
      message_rejected: -1,
      appeal_sustained: 0,
      appeal_denied: -1,
      flag_sustained: 0,
      flag_dismissed: 0,
    });
    expect(settings.loyaltyWeights).toEqual(loyaltyWeights);
    expect(settings.badgeThresholds).toEqual({
      counts: {
        'master-of-logic': 5,
        'defender-of-evidence': 10,
        'diligent-calibrator': 5,
        strawman: 3,
        'ad-hominem': 3,
        illogical: 3,
      },
      minLogic: 0.8,
    });
    expect(settings.topSharePercent).toBe(10);
    expect(DEFAULT_TOP_SHARE_PERCENT).toBe(10);
    expect(settings.modelSpendCapUsdPerDay).toBeNull();
    expect(settings.appealCooldownSeconds).toBe(APPEAL_INTERVAL_SECONDS);
  });

  it('are fresh copies: changing one never changes the next', () => {
    const first = defaultSettings();
    first.loyaltyWeights.post_approved = 99;
    first.badgeThresholds.counts.strawman = 99;
    const second = defaultSettings();
    expect(second.loyaltyWeights.post_approved).toBe(1);
    expect(second.badgeThresholds.counts.strawman).toBe(3);
    expect(loyaltyWeights.post_approved).toBe(1);
  });

  it('the default catalogue matches the thresholds and the texts written before', () => {
    const logic = badgeCatalogue.find((b) => b.slug === 'master-of-logic')!;
    expect(logic.criteria).toEqual({ verdicts: ['approved'], minLogic: 0.8, count: 5 });
    expect(logic.description).toBe('Five approved statements the Overlord judged strong on logic.');
    expect(badgeCatalogue.find((b) => b.slug === 'defender-of-evidence')!.description).toBe(
      'Ten approved statements that cite their sources.',
    );
    expect(badgeCatalogue.map((b) => b.criteria.count)).toEqual(
      Object.values(defaultBadgeThresholds.counts),
    );
  });
});

describe('stored rows', () => {
  const read = (key: string, value: unknown) => {
    const settings = defaultSettings();
    applyStored(settings, key, value);
    return settings;
  };

  it('applies every new key', () => {
    expect(SETTING_KEYS).toEqual(
      expect.arrayContaining([
        'loyalty_weights',
        'badge_thresholds',
        'top_share_percent',
        'model_spend_cap_usd_per_day',
      ]),
    );
    expect(read('top_share_percent', 25).topSharePercent).toBe(25);
    expect(read('model_spend_cap_usd_per_day', 12.5).modelSpendCapUsdPerDay).toBe(12.5);
    const weights = { ...loyaltyWeights, post_approved: 3, post_rejected: -4 };
    expect(read('loyalty_weights', weights).loyaltyWeights).toEqual(weights);
    const thresholds = {
      counts: { ...defaultBadgeThresholds.counts, 'master-of-logic': 2 },
      minLogic: 0.6,
    };
    expect(read('badge_thresholds', thresholds).badgeThresholds).toEqual(thresholds);
  });

  it('keeps the default of a weight or count a stored object lacks', () => {
    expect(read('loyalty_weights', { post_approved: 2 }).loyaltyWeights).toEqual({
      ...loyaltyWeights,
      post_approved: 2,
    });
    expect(read('badge_thresholds', { counts: { illogical: 7 } }).badgeThresholds).toEqual({
      counts: { ...defaultBadgeThresholds.counts, illogical: 7 },
      minLogic: 0.8,
    });
  });

  it('ignores a row outside the bounds, whatever wrote it', () => {
    const defaults = defaultSettings();
    expect(read('top_share_percent', 0).topSharePercent).toBe(10);
    expect(read('top_share_percent', 101).topSharePercent).toBe(10);
    expect(read('top_share_percent', 12.5).topSharePercent).toBe(10);
    expect(read('top_share_percent', '20').topSharePercent).toBe(10);
    expect(read('model_spend_cap_usd_per_day', 0).modelSpendCapUsdPerDay).toBeNull();
    expect(read('model_spend_cap_usd_per_day', -5).modelSpendCapUsdPerDay).toBeNull();
    // An approval that costs, a rejection that earns: the sign is the public rule.
    expect(read('loyalty_weights', { post_approved: -1 }).loyaltyWeights).toEqual(
      defaults.loyaltyWeights,
    );
    expect(read('loyalty_weights', { post_rejected: 2 }).loyaltyWeights).toEqual(
      defaults.loyaltyWeights,
    );
    expect(read('loyalty_weights', { post_approved: 1.5 }).loyaltyWeights).toEqual(
      defaults.loyaltyWeights,
    );
    expect(read('badge_thresholds', { counts: { strawman: 0 } }).badgeThresholds).toEqual(
      defaults.badgeThresholds,
    );
    expect(read('badge_thresholds', { minLogic: 2 }).badgeThresholds).toEqual(
      defaults.badgeThresholds,
    );
    expect(read('no_such_key', 5)).toEqual(defaults);
  });

  it('accepts for storage only what the form accepts', () => {
    expect(settingSchemas.top_share_percent.safeParse(1).success).toBe(true);
    expect(settingSchemas.top_share_percent.safeParse(100).success).toBe(true);
    expect(settingSchemas.model_spend_cap_usd_per_day.safeParse(0.01).success).toBe(true);
    expect(settingSchemas.model_spend_cap_usd_per_day.safeParse(19.99).success).toBe(true);
    expect(settingSchemas.model_spend_cap_usd_per_day.safeParse(0.005).success).toBe(false);
    expect(settingSchemas.model_spend_cap_usd_per_day.safeParse(1.234).success).toBe(false);
    // The whole set of weights, not part of it: the form always sends every one.
    expect(settingSchemas.loyalty_weights.safeParse({ post_approved: 2 }).success).toBe(false);
    expect(settingSchemas.loyalty_weights.safeParse(loyaltyWeights).success).toBe(true);
  });
});

describe('the top share', () => {
  it('is at least one place, and rounds up', () => {
    expect(topShareSize(0)).toBe(0);
    expect(topShareSize(1)).toBe(1);
    expect(topShareSize(25)).toBe(3);
    expect(topShareSize(25, 50)).toBe(13);
    expect(topShareSize(25, 100)).toBe(25);
    expect(topShareSize(25, 1)).toBe(1);
    expect(topShareSize(1_000_000, 1)).toBe(10_000);
  });

  it('counts exactly where floating point would not (30 × 0.1 is 3.0000000000000004)', () => {
    expect(topShareSize(30)).toBe(3);
    expect(topShareSize(70, 10)).toBe(7);
    expect(topShareSize(300, 7)).toBe(21);
  });
});

describe('badge thresholds', () => {
  it('put their counts and score in the criteria and their numbers in the descriptions', () => {
    const catalogue = badgeCatalogueWith({
      counts: { ...defaultBadgeThresholds.counts, 'master-of-logic': 1, illogical: 15 },
      minLogic: 0.65,
    });
    const logic = catalogue.find((b) => b.slug === 'master-of-logic')!;
    expect(logic.criteria).toEqual({ verdicts: ['approved'], minLogic: 0.65, count: 1 });
    expect(logic.description).toBe('One approved statement the Overlord judged strong on logic.');
    const illogical = catalogue.find((b) => b.slug === 'illogical')!;
    expect(illogical.criteria.count).toBe(15);
    expect(illogical.description).toBe('15 statements rejected for poor logic.');
    // Everything else is the default catalogue.
    expect(catalogue.map((b) => b.slug)).toEqual(badgeCatalogue.map((b) => b.slug));
    expect(catalogue.find((b) => b.slug === 'strawman')).toEqual(
      badgeCatalogue.find((b) => b.slug === 'strawman'),
    );
  });
});

describe('the model-call latency histogram', () => {
  it('puts each duration in the bucket whose bounds hold it', () => {
    expect(latencyBucket(0)).toBe(0);
    expect(latencyBucket(1)).toBe(0);
    expect(latencyBucket(Number.NaN)).toBe(0);
    expect(latencyBucket(Number.POSITIVE_INFINITY)).toBe(LATENCY_BUCKET_MAX);
    expect(latencyBucket(10 ** 9)).toBe(LATENCY_BUCKET_MAX);
    for (const ms of [1.05, 2, 87, 350, 999, 1_000, 1_234.5, 8_000, 59_000]) {
      const b = latencyBucket(ms);
      expect(bucketUpperMs(b)).toBeGreaterThanOrEqual(ms);
      expect(bucketUpperMs(b - 1)).toBeLessThan(ms);
    }
    // A bound belongs to the bucket it closes.
    expect(latencyBucket(bucketUpperMs(40))).toBe(40);
  });

  it('reads percentiles within 10%, as the upper bound of the bucket', () => {
    const durations = [...Array.from({ length: 98 }, () => 400), 3_000, 9_000];
    const counts = new Map<number, number>();
    for (const ms of durations) {
      const b = latencyBucket(ms);
      counts.set(b, (counts.get(b) ?? 0) + 1);
    }
    const histogram = [...counts].map(([bucket, calls]) => ({ bucket, calls }));
    const p50 = percentileMs(histogram, 0.5)!;
    expect(p50).toBeGreaterThanOrEqual(400);
    expect(p50).toBeLessThan(440);
    const p99 = percentileMs(histogram, 0.99)!;
    expect(p99).toBeGreaterThanOrEqual(3_000);
    expect(p99).toBeLessThan(3_300);
    expect(percentileMs(histogram, 1)).toBeGreaterThanOrEqual(9_000);
    expect(percentileMs([], 0.5)).toBeNull();
    expect(percentileMs([{ bucket: 3, calls: 0 }], 0.5)).toBeNull();
  });
});
