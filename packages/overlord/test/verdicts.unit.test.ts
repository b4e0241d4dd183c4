import { describe, expect, it } from 'vitest';
import type { EvaluateInput, EvaluateResult } from '../src';
import { overlord } from './helpers';

/**
 * A labelled table of realistic submissions. Labels were written from the
 * policy (README "Verdict policy"), not from the engine's output.
 */
const energy = {
  title: 'Should nuclear power replace coal?',
  description: 'Debate whether nuclear energy should replace coal power plants to cut emissions.',
  tags: ['energy'],
};
const ubi = {
  title: 'Is a universal basic income affordable?',
  description: 'Could the state pay every citizen a basic income without wrecking public finances?',
  tags: ['welfare', 'economy'],
};
const speech = {
  title: 'Should social media platforms be liable for misinformation?',
  description: 'If false claims spread on a platform, should the company answer for it in court?',
  tags: ['media', 'law'],
};

type Case = [
  label: string,
  input: EvaluateInput,
  verdict: EvaluateResult['verdict'],
  reason?: EvaluateResult['rejectionReason'],
];

const post = (topic: typeof energy, text: string, parent?: string): EvaluateInput => ({
  kind: 'post',
  text,
  topic,
  ...(parent ? { parent: { text: parent } } : {}),
});

const TABLE: Case[] = [
  // approved: reasoned, on topic, civil
  [
    'reasoned energy post',
    post(
      energy,
      'Nuclear should replace coal because reactors emit almost no carbon, therefore emissions fall fast.',
    ),
    'approved',
  ],
  [
    'sourced energy post',
    post(
      energy,
      'According to Our World in Data, coal causes far more deaths per unit of energy than nuclear, so switching saves lives.',
    ),
    'approved',
  ],
  [
    'civil disagreement',
    post(
      energy,
      'I disagree with replacing coal with nuclear: new plants take fifteen years to build, so renewables cut emissions sooner.',
    ),
    'approved',
  ],
  [
    'kill the bill',
    post(
      energy,
      'We should kill the bill that subsidises coal plants, because it wastes money and raises emissions.',
    ),
    'approved',
  ],
  [
    'reply to parent',
    post(
      energy,
      'That ignores waste storage, which remains unsolved because no country has a permanent repository running.',
      'Nuclear is clean, so it is the obvious choice.',
    ),
    'approved',
  ],
  [
    'ubi reasoned',
    post(
      ubi,
      'A basic income is affordable if it replaces existing benefits, because administration costs fall and the tax base stays the same.',
    ),
    'approved',
  ],
  [
    'ubi with example',
    post(
      ubi,
      'Finland tested a basic income for two years; for example, recipients reported better wellbeing, although employment barely changed.',
    ),
    'approved',
  ],
  [
    'speech reasoned',
    post(
      speech,
      'Platforms should not be liable for every false claim, since that would push them to delete lawful speech to avoid lawsuits.',
    ),
    'approved',
  ],
  [
    'topic proposal',
    {
      kind: 'topic',
      title: 'Should public transport be free?',
      text: 'Several cities have made buses and trams free. Does this cut traffic and emissions, or just drain budgets that could improve service?',
    },
    'approved',
  ],
  [
    'polite message',
    {
      kind: 'message',
      text: 'Thank you for your post on basic income, could you share the Finnish study?',
    },
    'approved',
  ],
  [
    'spanish post (lenient)',
    post(
      energy,
      'La energía nuclear debería reemplazar al carbón porque emite mucho menos dióxido de carbono.',
    ),
    'approved',
  ],

  // rejected: poor tone
  [
    'insult',
    post(energy, 'You idiot, coal plants are obviously worse than nuclear for emissions.'),
    'rejected',
    'poor_tone',
  ],
  [
    'you are a moron',
    post(ubi, "You're a moron if you think the state can afford paying everyone."),
    'rejected',
    'poor_tone',
  ],
  [
    'group name-calling',
    post(
      speech,
      'Journalists are clowns and platforms are just their playground for misinformation.',
    ),
    'rejected',
    'poor_tone',
  ],
  [
    'profanity at person',
    post(energy, 'You are full of shit, nuclear power plants are perfectly safe.'),
    'rejected',
    'poor_tone',
  ],
  [
    'insulting message',
    { kind: 'message', text: 'You are a pathetic loser and your posts are garbage.' },
    'rejected',
    'poor_tone',
  ],

  // rejected: off topic
  [
    'football under energy',
    post(
      energy,
      'The football season starts next week and my team signed a striker who scores goals constantly.',
    ),
    'rejected',
    'off_topic',
  ],
  [
    'recipe under ubi',
    post(
      ubi,
      'To bake bread, mix flour, water, yeast and salt, knead for ten minutes and leave the dough overnight.',
    ),
    'rejected',
    'off_topic',
  ],

  // rejected: poor logic
  [
    'three fallacies',
    post(
      ubi,
      'Everyone knows basic income is a fantasy. So you are saying nobody should work? Next thing you know the state will own everything.',
    ),
    'rejected',
    'poor_logic',
  ],
  [
    'dichotomy and slope',
    post(
      energy,
      'Either we build reactors or there are only two options: blackouts or poverty. Coal will inevitably lead to the collapse of civilisation.',
    ),
    'rejected',
    'poor_logic',
  ],

  // rejected: terms violation
  [
    'threat',
    post(energy, 'If you build that reactor I will kill you.'),
    'rejected',
    'terms_violation',
  ],
  ['self-harm', post(ubi, 'People like you should kill yourself.'), 'rejected', 'terms_violation'],
  [
    'spam',
    post(energy, 'BUY NOW!!! Cheap solar panels at www.cheap-solar.example LIMITED TIME OFFER'),
    'rejected',
    'terms_violation',
  ],
  [
    'doxxing',
    post(speech, 'The editor lives at 14 Elm Street, go and tell him what you think of his lies.'),
    'rejected',
    'terms_violation',
  ],
  [
    'hate',
    post(ubi, 'Immigrants are parasites, so no basic income for them.'),
    'rejected',
    'terms_violation',
  ],

  // calibrate: one fixable problem
  [
    'straw man',
    post(ubi, 'So you are saying we should just print money and hand it out to everyone forever?'),
    'calibrate',
  ],
  [
    'unsourced statistic',
    post(
      energy,
      'Nuclear is the best option because 97% of scientists support nuclear power plants.',
    ),
    'calibrate',
  ],
  [
    'appeal to authority',
    post(speech, 'Experts agree that platforms cannot police misinformation at scale.'),
    'calibrate',
  ],
  [
    'circular',
    post(ubi, 'Basic income is unaffordable because basic income is unaffordable.'),
    'calibrate',
  ],
  ['too short', post(energy, 'Nuclear is better.'), 'calibrate'],
  ['fluff', post(speech, '+1'), 'calibrate'],
  ['lol', post(ubi, 'lol'), 'calibrate'],
  [
    'shouting',
    post(energy, 'NUCLEAR POWER IS THE ONLY SANE CHOICE FOR THIS COUNTRY AND ITS ENERGY FUTURE'),
    'calibrate',
  ],
  [
    'mild profanity',
    post(ubi, 'This basic income scheme is a shit idea for public finances, frankly.'),
    'calibrate',
  ],
  [
    'dismissive',
    post(energy, 'Ok boomer, coal is dead and nuclear power is the future of energy.'),
    'calibrate',
  ],
  ['thin topic', { kind: 'topic', title: 'Ban cars?', text: 'Cars. Discuss.' }, 'calibrate'],
  ['weak link', post(speech, 'Cats are better than dogs because they are quieter.'), 'calibrate'],
];

describe('labelled verdict table', () => {
  it('has at least thirty cases', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(TABLE)('%s', async (_label, input, verdict, reason) => {
    const r = await overlord.evaluate(input);
    expect({ verdict: r.verdict, reason: r.rejectionReason }).toEqual({
      verdict,
      reason: reason ?? null,
    });
  });
});
