import { describe, expect, it } from 'vitest';
import { codes, evaluatePost } from './helpers';

describe('tone: insults aimed at people (rejected, poor_tone)', () => {
  it.each([
    ['You idiot, rent control obviously works.', 'You idiot'],
    ["You're a moron if you think landlords care.", "You're a moron"],
    ['What an idiot. Rent control works.', 'What an idiot'],
    ['Landlords are idiots who never learn anything about rent.', 'Landlords are idiots'],
    ['People who support rent control are morons.', 'People who support rent control are morons'],
    ['You are so stupid, rent control caps rents and that is the end of it.', 'You are so stupid'],
  ])('%j', async (text, quote) => {
    const r = await evaluatePost(text);
    expect(r).toMatchObject({ verdict: 'rejected', rejectionReason: 'poor_tone' });
    expect(r.findings[0]).toMatchObject({ dimension: 'tone', code: 'insult', quote });
    expect(r.feedback).toContain(quote);
    expect(r.scores.tone).toBeLessThan(0.5);
  });

  it.each([
    'You are full of shit about rent control.',
    'Rent control supporters like you are bastards.',
  ])('profanity at a person: %j', async (text) => {
    const r = await evaluatePost(text);
    expect(r.rejectionReason).toBe('poor_tone');
    expect(codes(r)).toContain('profanity_at_person');
  });
});

describe('tone: fixable problems (calibrate)', () => {
  it.each([
    ['This is a shit policy for tenants and landlords alike.', 'profanity'],
    ['OK boomer, rent control is obviously good for tenants in cities.', 'dismissive'],
    ['Sweetie, rent control has never worked for tenants, educate yourself.', 'condescension'],
    ['Your argument is stupid and rent control works fine for tenants.', 'contempt'],
    ['RENT CONTROL IS THE ONLY WAY TO SAVE OUR CITIES FROM GREEDY LANDLORDS', 'shouting'],
    ['Rent control is theft!!! Tenants and landlords deserve better!!!', 'shouting'],
    [
      'He called me a "nigger" at the rent tribunal, and I want to report how common this slur is.',
      'quoted_slur',
    ],
  ])('%j -> %s', async (text, code) => {
    const r = await evaluatePost(text);
    expect(r.verdict).toBe('calibrate');
    expect(codes(r)).toContain(code);
  });
});

describe('tone: civil disagreement passes', () => {
  it.each([
    'You are wrong about rent control, and here is why: supply falls because landlords exit the market.',
    "You're ignorant of the data on rent control; the Berlin cap reduced listings by half according to the city's own report.",
    "That is a fool's errand: rent control cannot fix a housing shortage because it adds no homes.",
    'With respect, your point ignores the effect on new housing construction, which matters because supply sets rents.',
    'I strongly disagree. Rent control protects tenants from sudden rent hikes, therefore families can stay in their homes.',
    'Politicians rarely build homes themselves; rent control is what they reach for because it costs the budget nothing.',
  ])('%j', async (text) => {
    const r = await evaluatePost(text);
    expect(r.verdict).toBe('approved');
    expect(r.scores.tone).toBe(1);
  });
});
