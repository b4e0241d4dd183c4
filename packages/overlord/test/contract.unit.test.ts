import { describe, expect, it } from 'vitest';
import { EvaluateResultSchema, ScreenResultSchema } from '../src';
import { evaluatePost, overlord } from './helpers';

const inputs = [
  'Rent control reduces housing supply because landlords convert units to condos; therefore tenants lose.',
  'You idiot.',
  'I will kill you.',
  'lol',
  '',
  'Everyone knows 90% of landlords are greedy. So you are saying tenants should suffer?',
  'El control de alquileres protege a los inquilinos porque limita las subidas abusivas.',
  '这是一个好主意，因为能源更便宜。',
  'x'.repeat(10_000),
];

describe('result contract', () => {
  it.each(inputs.map((t) => [t.slice(0, 40), t]))(
    'evaluate output is schema-valid: %j',
    async (_, text) => {
      const r = await evaluatePost(text);
      expect(EvaluateResultSchema.safeParse(r).success).toBe(true);
      expect(r.rejectionReason !== null).toBe(r.verdict === 'rejected');
      expect(r.judge).toBe('offline-v1');
      for (const f of r.findings) if (f.quote !== null) expect(text).toContain(f.quote);
      expect(r.tags.length).toBeLessThanOrEqual(5);
    },
  );

  it('a safety failure inside evaluate is a terms violation with no tags', async () => {
    const r = await evaluatePost('I will kill you, landlord, if you raise the rent again.');
    expect(r).toMatchObject({ verdict: 'rejected', rejectionReason: 'terms_violation', tags: [] });
    expect(r.findings[0]?.code).toBe('safety_threat');
    expect(r.scores.tone).toBe(0);
    expect(r.confidence).toBeGreaterThan(0.9);
  });

  it('screen accepts every kind', async () => {
    for (const kind of ['topic', 'post', 'message'] as const) {
      expect(
        ScreenResultSchema.safeParse(await overlord.screen({ text: 'Hello there.', kind })).success,
      ).toBe(true);
    }
  });

  it('evaluate rejects malformed input', async () => {
    await expect(overlord.evaluate({ kind: 'essay' as 'post', text: 'x' })).rejects.toThrow();
  });

  // Guards against catastrophic regex backtracking (seconds to minutes), not a speed target:
  // speed is measured by `npm run bench:overlord`.
  it('handles a maximum-length post without hanging', async () => {
    const text = 'Rent control caps rents because tenants need stability. '
      .repeat(180)
      .slice(0, 10_000);
    const start = performance.now();
    await evaluatePost(text);
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it.each([
    'either this or that ',
    '12-34-56-78-',
    'you you are ',
    'first they then they ',
    'a.b@',
    'lives at Maple Street ',
  ])('does not backtrack catastrophically on 10,000 chars of %j', async (fragment) => {
    const text = fragment.repeat(Math.ceil(10_000 / fragment.length)).slice(0, 10_000);
    const start = performance.now();
    await overlord.screen({ text, kind: 'post' });
    await evaluatePost(text, { parent: { text: 'That is wrong.' } });
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});
