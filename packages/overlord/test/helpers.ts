import { createOfflineOverlord, type EvaluateInput } from '../src';

export const overlord = createOfflineOverlord();

export const housingTopic = {
  title: 'Should cities introduce rent control?',
  description:
    'Rent control caps how much landlords can raise rents each year. Does it help tenants or reduce housing supply?',
  tags: ['housing'],
};

export const screen = (text: string, kind: 'topic' | 'post' | 'message' = 'post') =>
  overlord.screen({ text, kind });

export const evaluatePost = (text: string, extra: Partial<EvaluateInput> = {}) =>
  overlord.evaluate({ kind: 'post', text, topic: housingTopic, ...extra });

export const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);
