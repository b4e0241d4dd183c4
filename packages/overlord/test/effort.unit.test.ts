import { describe, expect, it } from 'vitest';
import { codes, evaluatePost, overlord } from './helpers';

describe('effort', () => {
  it.each(['lol', '+1', 'This.', 'Good point!', 'same', '^'])(
    'fluff %j is calibrated',
    async (text) => {
      const r = await evaluatePost(text);
      expect(r.verdict).toBe('calibrate');
      expect(codes(r)).toEqual(['fluff']);
    },
  );

  it.each(['Rent control works.', 'No, it fails tenants.', ''])(
    'too short %j is calibrated',
    async (text) => {
      const r = await evaluatePost(text);
      expect(r.verdict).toBe('calibrate');
      expect(codes(r)).toContain('too_short');
    },
  );

  it('a statement of only function words has no substance', async () => {
    const r = await evaluatePost('I think that it is what it is, you know.');
    expect(codes(r)).toContain('no_substance');
  });

  it('keyboard mashing is unintelligible', async () => {
    const r = await evaluatePost('asdkjh qwe zxcvb poiuy lkjhg');
    expect(r.verdict).toBe('calibrate');
    expect(codes(r)).toContain('unintelligible');
  });

  it('six reasoned words are enough', async () => {
    const r = await evaluatePost('Rent caps shrink supply, raising rents.');
    expect(codes(r)).not.toContain('too_short');
  });

  it('messages have a lower bar', async () => {
    const r = await overlord.evaluate({ kind: 'message', text: 'Thanks, that helped!' });
    expect(r.verdict).toBe('approved');
  });

  it('a topic with a one-line description is asked to elaborate', async () => {
    const r = await overlord.evaluate({
      kind: 'topic',
      title: 'AI judges',
      text: 'Should AI judge?',
    });
    expect(r.verdict).toBe('calibrate');
    expect(codes(r)).toContain('thin_description');
  });
});
