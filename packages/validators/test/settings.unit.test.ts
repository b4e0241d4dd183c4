// The settings form's rules (docs/product.md §18): the form and the procedure check the same
// schemas, so a superadmin reads the same words in both.
import { describe, expect, it } from 'vitest';

import {
  badgeThresholdsSchema,
  fieldIssues,
  firstIssue,
  loyaltyWeightsSchema,
  modelSpendCapSchema,
  topSharePercentSchema,
  updateSettingInput,
} from '../src/index.ts';

const weights = {
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
};

describe('the new settings’ rules', () => {
  it('says what is wrong with a top share', () => {
    expect(firstIssue(topSharePercentSchema, 10)).toBeNull();
    expect(firstIssue(topSharePercentSchema, 0)).toBe(
      'At least 1%: someone must be able to propose topics.',
    );
    expect(firstIssue(topSharePercentSchema, 101)).toBe('At most 100%.');
    expect(firstIssue(topSharePercentSchema, 12.5)).toBe('Give a whole percent.');
    expect(firstIssue(topSharePercentSchema, Number.NaN)).toBe('Give a whole percent.');
  });

  it('says what is wrong with a spend cap', () => {
    expect(firstIssue(modelSpendCapSchema, 25)).toBeNull();
    expect(firstIssue(modelSpendCapSchema, 0.07)).toBeNull();
    expect(firstIssue(modelSpendCapSchema, 0)).toMatch(/at least one cent/);
    expect(firstIssue(modelSpendCapSchema, 2_000_000)).toBe('At most a million dollars a day.');
    expect(firstIssue(modelSpendCapSchema, 1.005)).toBe('Whole cents only.');
  });

  it('names each wrong weight, keeping approvals positive and rejections negative', () => {
    expect(fieldIssues(loyaltyWeightsSchema, weights)).toEqual({});
    expect(
      fieldIssues(loyaltyWeightsSchema, {
        ...weights,
        post_approved: -2,
        post_rejected: 3,
        topic_approved: 1_000,
        message_rejected: Number.NaN,
      }),
    ).toEqual({
      post_approved: 'An approval cannot cost loyalty (0 at least).',
      post_rejected: 'A rejection cannot earn loyalty (0 at most).',
      topic_approved: 'At most 100.',
      message_rejected: 'Give a whole number.',
    });
  });

  it('names each wrong badge threshold', () => {
    const counts = {
      'master-of-logic': 5,
      'defender-of-evidence': 10,
      'diligent-calibrator': 5,
      strawman: 3,
      'ad-hominem': 3,
      illogical: 3,
    };
    expect(firstIssue(badgeThresholdsSchema, { counts, minLogic: 0.8 })).toBeNull();
    expect(fieldIssues(badgeThresholdsSchema.shape.counts, { ...counts, strawman: 0 })).toEqual({
      strawman: 'A badge needs at least one statement.',
    });
    expect(firstIssue(badgeThresholdsSchema.shape.minLogic, 1.2)).toBe(
      'The logic score runs from 0 to 1.',
    );
  });

  it('takes each key with its own value, or null for the default', () => {
    expect(updateSettingInput.safeParse({ key: 'top_share_percent', value: 20 }).success).toBe(
      true,
    );
    expect(updateSettingInput.safeParse({ key: 'top_share_percent', value: null }).success).toBe(
      true,
    );
    expect(
      updateSettingInput.safeParse({ key: 'model_spend_cap_usd_per_day', value: weights }).success,
    ).toBe(false);
    expect(updateSettingInput.safeParse({ key: 'loyalty_weights', value: 3 }).success).toBe(false);
    expect(updateSettingInput.safeParse({ key: 'no_such_setting', value: 3 }).success).toBe(false);
  });
});
