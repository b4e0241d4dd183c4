import { describe, expect, it } from 'vitest';
import { createOfflineOverlord } from '../src';
import { evaluatePost, overlord, screen } from './helpers';

describe('queue commentary', () => {
  it('names the position and the queue length', () => {
    const line = overlord.commentary({ position: 3, total: 12, kind: 'post' });
    expect(line).toMatch(/^Position #3 of 12\. /);
  });

  it('tells the next in line and the item under review', () => {
    expect(overlord.commentary({ position: 1, total: 4, kind: 'topic' })).toMatch(
      /proposal is next/,
    );
    expect(overlord.commentary({ position: 0, total: 4, kind: 'message' })).toMatch(
      /correspondence is (?:now under review|on the inspection desk)/,
    );
  });

  it('never claims a position beyond the queue length', () => {
    expect(overlord.commentary({ position: 7, total: 5, kind: 'post' })).toMatch(
      /^Position #7 of 7\./,
    );
  });

  it('varies with position but is deterministic', () => {
    const lines = Array.from({ length: 10 }, (_, i) =>
      overlord.commentary({ position: i + 2, total: 20, kind: 'post' }),
    );
    const again = Array.from({ length: 10 }, (_, i) =>
      overlord.commentary({ position: i + 2, total: 20, kind: 'post' }),
    );
    expect(lines).toEqual(again);
    const tails = new Set(
      lines.map((l) =>
        l.replace(/^Position #\d+ of \d+\. /, '').replace(/^\d+ items precede yours\. /, ''),
      ),
    );
    expect(tails.size).toBeGreaterThan(1);
  });

  it('rejects non-integer positions', () => {
    expect(() => overlord.commentary({ position: 1.5, total: 3, kind: 'post' })).toThrow();
  });
});

describe('voice and determinism', () => {
  const samples = [
    'Rent control reduces housing supply because landlords convert units to condos; therefore tenants lose in the long run.',
    'You idiot, rent control obviously works.',
    'Everyone knows rent control fails tenants in the long run.',
    'lol',
    'I will kill you.',
  ];

  it.each(samples)('same input gives the same output: %j', async (text) => {
    const fresh = createOfflineOverlord();
    expect(await fresh.evaluate({ kind: 'post', text, topic: undefined })).toEqual(
      await overlord.evaluate({ kind: 'post', text, topic: undefined }),
    );
    expect(await fresh.screen({ text, kind: 'post' })).toEqual(await screen(text));
  });

  it('speaks in character', async () => {
    for (const text of samples) {
      const r = await evaluatePost(text);
      expect(r.feedback).toMatch(/^Citizen, /);
      expect(r.feedback).toMatch(/Ministry/);
    }
  });

  it('phrasing varies across texts (hash-based, not random)', async () => {
    const openings = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const r = await evaluatePost(
        `Rent control protects tenants because sudden rises force families out, case ${i}.`,
      );
      openings.add(r.feedback.split('.')[0] ?? '');
    }
    expect(openings.size).toBeGreaterThan(1);
  });

  it('rejection feedback names the problem, quotes it and says how to fix it', async () => {
    const r = await evaluatePost('You idiot, rent control obviously works.');
    expect(r.feedback).toContain('"You idiot"');
    expect(r.feedback).toMatch(/poor tone/);
    expect(r.feedback).toMatch(/Remove|Strike/);
  });

  it('calibration feedback lists every fixable problem', async () => {
    const r = await evaluatePost(
      'OK boomer, everyone knows rent control is good for tenants in cities.',
    );
    expect(r.feedback).toContain('OK boomer');
    expect(r.feedback).toContain('everyone knows');
  });

  it('approved items sometimes carry a short public commentary, deterministically', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        evaluatePost(
          `Rent control protects tenants because sudden rises force families out, case ${i}.`,
        ),
      ),
    );
    const withCommentary = results.filter((r) => r.commentary !== null);
    expect(withCommentary.length).toBeGreaterThan(0);
    expect(withCommentary.length).toBeLessThan(results.length);
    for (const r of results) expect(r.verdict).toBe('approved');
  });

  it('non-approved items carry no commentary', async () => {
    expect((await evaluatePost('You idiot, rent control obviously works.')).commentary).toBeNull();
  });

  it('names itself', () => {
    expect(overlord.name).toBe('offline-v1');
  });
});
