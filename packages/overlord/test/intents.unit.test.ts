// Ask the Overlord acts offline (docs/product.md §23): plain requests parsed into the same intents
// a model names through tool calling; questions stay questions.
import { describe, expect, it } from 'vitest';

import { parseIntent } from '../src';

describe('offline intent parsing', () => {
  it.each([
    ['What is my standing?', { kind: 'standing' }],
    ['Why am I sanctioned?', { kind: 'standing' }],
    ['show me my badges', { kind: 'standing' }],
    ['Show my docket', { kind: 'docket' }],
    ['show the pending appeals', { kind: 'docket' }],
    [
      'Appeal my rejected statement about nuclear waste because the evidence was cited',
      { kind: 'appeal', about: 'nuclear waste', reason: 'the evidence was cited' },
    ],
    ['appeal my statement on coal', { kind: 'appeal', about: 'coal' }],
    [
      'Approve appeal #1: the record supports it',
      { kind: 'decideAppeal', ref: '#1', outcome: 'sustained', note: 'the record supports it' },
    ],
    [
      'deny the appeal from @citizen_vera',
      { kind: 'decideAppeal', ref: '@citizen_vera', outcome: 'denied' },
    ],
    ['dismiss report #2', { kind: 'decideFlag', ref: '#2', outcome: 'dismissed' }],
    [
      'sustain the report by citizen_ada',
      { kind: 'decideFlag', ref: 'citizen_ada', outcome: 'sustained' },
    ],
    ['release held item #1', { kind: 'decideHeld', ref: '#1', outcome: 'release' }],
    ['Lift the sanction on @citizen_boris', { kind: 'liftSanction', username: 'citizen_boris' }],
    ['rename tag energy to power', { kind: 'renameTag', from: 'energy', to: 'power' }],
    ['merge tag #coal into #energy', { kind: 'mergeTags', from: 'coal', into: 'energy' }],
    [
      'Who argued like me on nuclear power?',
      { kind: 'voices', topic: 'nuclear power', stance: 'similar' },
    ],
    [
      'who disagreed with me on nuclear power',
      { kind: 'voices', topic: 'nuclear power', stance: 'opposing' },
    ],
    [
      'similar voices on school uniforms',
      { kind: 'voices', topic: 'school uniforms', stance: 'similar' },
    ],
  ])('%s', (question, intent) => {
    expect(parseIntent(question)).toEqual(intent);
  });

  it.each([
    'What are the rules?',
    'How do I appeal?',
    'Can I appeal a rejection?',
    'show debates about nuclear power and coal',
    'Why was my statement rejected?',
    'Who is the Overlord?',
  ])('a question stays a question: %s', (question) => {
    expect(parseIntent(question)).toBeNull();
  });
});
