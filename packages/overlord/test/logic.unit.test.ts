import { describe, expect, it } from 'vitest';
import { codes, evaluatePost } from './helpers';

describe('logic: single fallacy in a decent post -> calibrate with guidance', () => {
  it.each([
    [
      'So you are saying landlords should just charge whatever they want for housing?',
      'straw_man',
      'So you are saying',
    ],
    [
      'Either we have rent control or there are only two options: homelessness or exploitation.',
      'false_dichotomy',
      null,
    ],
    [
      'If we allow rent control, next thing you know the state will own every house.',
      'slippery_slope',
      'next thing you know',
    ],
    [
      'A rent cap will inevitably lead to slums in every city with housing shortages.',
      'slippery_slope',
      'will inevitably lead',
    ],
    [
      'Everyone knows rent control fails tenants in the long run.',
      'appeal_to_popularity',
      'Everyone knows',
    ],
    [
      'Experts agree that rent control reduces housing supply over time.',
      'appeal_to_authority',
      'Experts agree',
    ],
    [
      '97% of economists oppose rent control for housing markets.',
      'unsourced_statistic',
      '97% of economists oppose',
    ],
    ['Rent control is bad because rent control is bad.', 'circular_reasoning', null],
    [
      'Coming from a landlord, your defence of rent increases is hardly surprising.',
      'ad_hominem',
      'Coming from a landlord',
    ],
    [
      'Rent control is fair to tenants. Rent control is not fair to tenants.',
      'self_contradiction',
      null,
    ],
    ["Look who's talking about greedy rents, you own three flats yourself.", 'tu_quoque', null],
    [
      'Think of the children who lose their homes when rents rise without control.',
      'appeal_to_emotion',
      null,
    ],
    [
      'All landlords are greedy and rent control is the only thing that stops them.',
      'sweeping_generalisation',
      null,
    ],
    ["Rent control doesn't work for tenants. Period. End of story.", 'bare_assertion', 'Period.'],
  ])('%j -> %s', async (text, code, quote) => {
    const r = await evaluatePost(text);
    expect(r.verdict).toBe('calibrate');
    const finding = r.findings.find((f) => f.code === code);
    expect(finding).toBeDefined();
    expect(finding?.dimension).toBe('logic');
    if (quote) expect(finding?.quote).toBe(quote);
    expect(r.feedback).toContain(finding?.quote ?? '');
    expect(finding?.explanation.length).toBeGreaterThan(40);
  });
});

describe('logic: several fallacies -> rejected poor_logic', () => {
  it('rejects three distinct fallacies', async () => {
    const r = await evaluatePost(
      'Everyone knows rent control is a disaster. So you are saying we should let tenants suffer? Next thing you know rents will be illegal.',
    );
    expect(r).toMatchObject({ verdict: 'rejected', rejectionReason: 'poor_logic' });
    expect(codes(r)).toEqual(
      expect.arrayContaining(['appeal_to_popularity', 'straw_man', 'slippery_slope']),
    );
    expect(r.scores.logic).toBeLessThan(0.3);
  });

  it('counts a missing source once even when two rules notice it', async () => {
    const r = await evaluatePost(
      'The data shows 45% of tenants pay more than a third of income on rent.',
    );
    expect(codes(r)).toEqual(
      expect.arrayContaining(['appeal_to_authority', 'unsourced_statistic']),
    );
    expect(r.verdict).toBe('calibrate');
  });
});

describe('logic: evidence and reasoning', () => {
  it('a reasoned, on-topic post with because/therefore is approved', async () => {
    const r = await evaluatePost(
      'Rent control reduces housing supply because landlords convert units to condos; therefore tenants lose in the long run.',
    );
    expect(r.verdict).toBe('approved');
    expect(r.findings).toEqual([]);
    expect(r.scores.logic).toBeGreaterThanOrEqual(0.7);
  });

  it('evidence raises the logic score and excuses statistics', async () => {
    const bare = await evaluatePost('Rent control reduced rental supply by 15% in San Francisco.');
    const sourced = await evaluatePost(
      'A 2019 study by Stanford economists found that rent control reduced rental supply by 15% in San Francisco.',
    );
    expect(codes(bare)).toContain('unsourced_statistic');
    expect(sourced.verdict).toBe('approved');
    expect(sourced.evidence).toBe(true);
    expect(sourced.scores.logic).toBeGreaterThan(bare.scores.logic);
  });

  it.each([
    'According to the city housing office, rents fell 4% after the cap.',
    'Rents fell after the cap (Diamond et al., 2019), because landlords could not raise them.',
    'See https://example.org/housing-report for the figures on rent caps.',
  ])('recognises evidence in %j', async (text) => {
    const r = await evaluatePost(text);
    expect(r.evidence).toBe(true);
  });

  it('either/or is a false dichotomy only when declared exhaustive', async () => {
    const flagged = await evaluatePost(
      'Either we cap rents or tenants end up homeless; there is no other option for housing.',
    );
    expect(flagged.findings.find((f) => f.code === 'false_dichotomy')?.quote).toMatch(
      /^Either we cap rents or/,
    );
    const fine = await evaluatePost(
      'Either way, rents rose after the cap, because landlords sold units or left them empty.',
    );
    expect(codes(fine)).not.toContain('false_dichotomy');
  });

  it('a firm conclusion after a reason is not a bare assertion', async () => {
    const r = await evaluatePost('Rent control fails tenants because supply falls. End of story.');
    expect(codes(r)).not.toContain('bare_assertion');
  });

  it('does not mistake a clarifying "because" for circularity', async () => {
    const r = await evaluatePost(
      'Rent control is popular because tenants outnumber landlords in most cities.',
    );
    expect(codes(r)).not.toContain('circular_reasoning');
  });
});
