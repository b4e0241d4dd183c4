import { describe, expect, it } from 'vitest';
import { codes, evaluatePost, housingTopic, overlord } from './helpers';

describe('relevance', () => {
  it.each([
    'The football season starts next week and my team has a new striker who scores goals constantly.',
    'I baked a chocolate cake yesterday with my grandmother and we watched an old film together after dinner.',
  ])('a clearly unrelated post is rejected off_topic: %j', async (text) => {
    const r = await evaluatePost(text);
    expect(r).toMatchObject({ verdict: 'rejected', rejectionReason: 'off_topic' });
    expect(r.scores.relevance).toBeLessThan(0.3);
    expect(r.findings[0]?.code).toBe('off_topic');
  });

  it('stems words, so "renters" and "landlord" match "rents" and "landlords"', async () => {
    const r = await evaluatePost(
      'Renters suffer when a landlord can double the price overnight, so caps matter.',
    );
    expect(r.verdict).toBe('approved');
    expect(r.scores.relevance).toBeGreaterThanOrEqual(0.5);
  });

  it('a shared vocabulary tag keeps a post on topic without shared words', async () => {
    const r = await overlord.evaluate({
      kind: 'post',
      text: 'Modern reactors have passive cooling, therefore a meltdown like Chernobyl is physically impossible there.',
      topic: {
        title: 'Is nuclear power the future?',
        description: 'Debate atomic electricity.',
        tags: ['energy'],
      },
    });
    expect(r.rejectionReason).not.toBe('off_topic');
  });

  it('a short post with no link to the topic is calibrated, not rejected', async () => {
    const r = await evaluatePost('Cats are better than dogs because they are quieter.');
    expect(r.verdict).toBe('calibrate');
    expect(codes(r)).toContain('weak_relevance');
  });

  it('a reply is measured against its parent too', async () => {
    const r = await evaluatePost(
      'Stockholm queues are long because the municipal waiting list allocates flats by seniority.',
      {
        parent: {
          text: 'Look at Stockholm: the waiting list for a municipal flat is decades long.',
        },
      },
    );
    expect(r.verdict).toBe('approved');
  });

  it('a reply that answers its parent directly ("That is wrong since...") is relevant', async () => {
    const r = await evaluatePost(
      'That is wrong since it ignores the evidence from the court ruling.',
      {
        parent: { text: 'The Berlin cap helped tenants by lowering rents.' },
      },
    );
    expect(r.verdict).toBe('approved');
  });

  it('private messages are not judged for relevance', async () => {
    const r = await overlord.evaluate({
      kind: 'message',
      text: 'Thanks for your reply on the football thread, see you there.',
    });
    expect(r.scores.relevance).toBe(1);
    expect(r.verdict).toBe('approved');
  });

  it('a topic description that ignores its title is calibrated', async () => {
    const r = await overlord.evaluate({
      kind: 'topic',
      title: 'Taxes',
      text: 'I baked a cake yesterday with my grandmother and we watched an old film together after dinner and it was lovely.',
    });
    expect(r.verdict).toBe('calibrate');
    expect(codes(r)).toContain('description_mismatch');
  });

  it('non-English posts are not rejected as off topic and say they were not translated', async () => {
    const r = await evaluatePost(
      'El control de alquileres protege a los inquilinos porque limita las subidas abusivas de los propietarios.',
    );
    expect(r.language).toBe('spa');
    expect(r.verdict).not.toBe('rejected');
    expect(r.feedback).toMatch(/Spanish/);
    expect(r.feedback).toMatch(/untranslated/);
    expect(r.confidence).toBeLessThan(0.5);
  });

  it('an English post under a non-English topic is also judged leniently', async () => {
    const r = await overlord.evaluate({
      kind: 'post',
      text: 'Caps help tenants stay put because sudden increases force families to move.',
      topic: {
        title: 'Mietendeckel in Berlin',
        description: 'Hat der Mietendeckel den Mietern geholfen oder geschadet?',
        tags: [],
      },
    });
    expect(r.rejectionReason).not.toBe('off_topic');
    expect(r.feedback).toMatch(/The topic appears to be in German/);
  });

  it('uses the housing topic fixture', () => {
    expect(housingTopic.tags).toEqual(['housing']);
  });
});
