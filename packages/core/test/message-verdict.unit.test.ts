import type { EvaluateResult } from '@overlord/overlord';
import { describe, expect, it } from 'vitest';

import { withoutRelevance } from '../src/messages/evaluate.ts';
import { orderedPair } from '../src/messages/conversations.ts';

const base: EvaluateResult = {
  verdict: 'approved',
  rejectionReason: null,
  scores: { logic: 0.8, tone: 0.9, relevance: 0.1 },
  findings: [],
  feedback: 'Acceptable.',
  commentary: null,
  tags: [],
  confidence: 0.8,
  judge: 'test',
  language: 'eng',
  evidence: false,
};
const offTopic = {
  dimension: 'relevance',
  code: 'off_topic',
  quote: null,
  explanation: 'Unrelated to the topic.',
} as const;
const insult = {
  dimension: 'tone',
  code: 'insult',
  quote: 'idiot',
  explanation: 'An insult.',
} as const;

describe('a private message has no topic', () => {
  it('turns an off-topic rejection into an approval and drops relevance findings', () => {
    const judged = withoutRelevance({
      ...base,
      verdict: 'rejected',
      rejectionReason: 'off_topic',
      findings: [offTopic],
      feedback: 'Off topic.',
    });
    expect(judged).toMatchObject({ verdict: 'approved', rejectionReason: null, findings: [] });
    expect(judged.feedback).not.toMatch(/off topic/i);
  });

  it('keeps a rejection on tone, without the relevance finding', () => {
    const judged = withoutRelevance({
      ...base,
      verdict: 'rejected',
      rejectionReason: 'poor_tone',
      findings: [offTopic, insult],
    });
    expect(judged).toMatchObject({ verdict: 'rejected', rejectionReason: 'poor_tone' });
    expect(judged.findings.map((f) => f.code)).toEqual(['insult']);
  });
});

describe('conversation pairs', () => {
  it('store the same ordered pair whoever writes first', () => {
    const x = '01900000-0000-7000-8000-00000000000a';
    const y = '01900000-0000-7000-8000-00000000000b';
    expect(orderedPair(x, y)).toEqual({ userAId: x, userBId: y });
    expect(orderedPair(y, x)).toEqual({ userAId: x, userBId: y });
  });
});
