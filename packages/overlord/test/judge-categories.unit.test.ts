// One test group per category of miss the rules were widened for: sentence-wide dehumanisation,
// threats/insults/hate in German, French and Spanish, the reasoning categories, and the false
// positives (a fallacy named in a rebuttal, a dated source or precedent).
import { describe, expect, it } from 'vitest';

import { codes, evaluatePost, screen } from './helpers';

describe('hate: dehumanising generalisations read across the sentence', () => {
  it.each([
    'Those refugees are, frankly, a bunch of thieving rats who should be shipped home.',
    'Honestly the Muslims moving into our street behave like animals and breed like rabbits.',
    'Every last Somali in this city is a criminal, deport the lot of them.',
    'Nigerians keep arriving. They are parasites and someone must take action.',
    'Die Ausländer hier sind doch nur Schmarotzer, abschieben!',
    'Ces migrants sont de la vermine, il faut les expulser.',
    'Los extranjeros son escoria y hay que echarlos ya.',
  ])('fails the screen as hate: %s', async (text) => {
    expect(await screen(text)).toMatchObject({ passed: false, category: 'hate' });
  });

  it.each([
    'Immigrants are not vermin, and people who say so should be ashamed.',
    'Calling refugees parasites is vile rhetoric that we should reject.',
    'Refugees in those camps are treated like animals, which is a disgrace.',
    'Some immigrants commit crimes, and those who do should be deported after serving their sentence.',
    'Migrant farm workers look after the animals on most dairy farms in the region.',
  ])('passes the screen: %s', async (text) => {
    expect(await screen(text)).toMatchObject({ passed: true });
  });
});

describe('threats, self-harm and harassment in German, French and Spanish', () => {
  it.each([
    ['Ich werde dich finden und umbringen, du Verräter.', 'threat'],
    ['Ich stech dich ab, wenn du das noch einmal schreibst.', 'threat'],
    ['Je vais te buter si tu continues.', 'threat'],
    ['Ces ministres mériteraient une balle, franchement.', 'threat'],
    ['Te voy a dar una paliza cuando te vea.', 'threat'],
    ['Habría que fusilarlos a todos.', 'threat'],
    ['Häng dich doch auf, keiner würde dich vermissen.', 'self_harm'],
    ['Va te pendre, sérieusement.', 'self_harm'],
    ['Mátate, nadie te echaría de menos.', 'self_harm'],
    ['Je sais où tu habites.', 'harassment'],
    ['Mándame fotos desnuda o lo cuento todo.', 'harassment'],
  ])('%s -> %s', async (text, category) => {
    expect(await screen(text)).toMatchObject({ passed: false, category });
  });

  it.each([
    'Ich werde dich morgen anrufen, um über das Tempolimit zu reden.',
    'Je vais te répondre demain avec les chiffres.',
    'Te voy a mandar el informe esta tarde.',
  ])('ordinary sentences pass: %s', async (text) => {
    expect(await screen(text)).toMatchObject({ passed: true });
  });
});

describe('insults in German, French and Spanish are poor tone', () => {
  it.each([
    'Du Volltrottel, das Tempolimit bringt gar nichts.',
    'Ihr seid doch alle Idioten, Mieten kann man nicht deckeln.',
    "Espèce d'abruti, le contrôle des loyers ne marche pas.",
    'Tu es vraiment un crétin, les loyers vont exploser.',
    'Eres un gilipollas, el control de alquileres no funciona.',
    'Cállate ya, no tienes ni idea de vivienda.',
  ])('%s', async (text) => {
    const r = await evaluatePost(text);
    expect({ verdict: r.verdict, reason: r.rejectionReason }).toEqual({
      verdict: 'rejected',
      reason: 'poor_tone',
    });
  });

  it('"con" (Spanish "with") and a civil reply are not insults', async () => {
    const r = await evaluatePost(
      'Estoy de acuerdo con la propuesta, porque limitar las subidas protege a los inquilinos.',
    );
    expect(r.verdict).toBe('approved');
  });
});

describe('reasoning categories', () => {
  it.each([
    ['Rents fell the year the cap started. That is not a coincidence.', 'false_cause'],
    [
      'Landlords raised prices right after the vote, so the cap obviously caused it.',
      'false_cause',
    ],
    ['Rent control always backfires. Simple as that.', 'unsupported_certainty'],
    ['Rent caps actually cost the city more than they ever save.', 'unsupported_certainty'],
    [
      'Oh please. Anyone who defends rent caps has clearly never owned a flat.',
      'sarcastic_dismissal',
    ],
    ['Rent control, what could possibly go wrong.', 'sarcastic_dismissal'],
    ['Rent control is a sensible policy because it is a wise policy.', 'circular_reasoning'],
    ["Rent caps are fair because they aren't unfair to anyone.", 'circular_reasoning'],
  ])('%s -> calibrate with %s', async (text, code) => {
    const r = await evaluatePost(text);
    expect(r.verdict).toBe('calibrate');
    expect(codes(r)).toContain(code);
  });

  it('an attack on the judge instead of the topic is rejected as off topic', async () => {
    const r = await evaluatePost('The moderators on this site are biased and censor everyone.');
    expect({ verdict: r.verdict, reason: r.rejectionReason }).toEqual({
      verdict: 'rejected',
      reason: 'off_topic',
    });
    expect(codes(r)).toContain('attack_on_judge');
  });

  it('a complaint beside a real argument about the topic is only calibrated', async () => {
    const r = await evaluatePost(
      'The moderation here is biased, but rent control still reduces housing supply because landlords sell up.',
    );
    expect(r.verdict).toBe('calibrate');
    expect(codes(r)).toContain('attack_on_judge');
  });

  it('sarcasm that carries evidence is judged by its evidence', async () => {
    const r = await evaluatePost(
      'Oh sure, caps never work: according to the 2023 city housing report, rents in capped districts rose 2% less than elsewhere.',
    );
    expect(codes(r)).not.toContain('sarcastic_dismissal');
  });
});

describe('false positives: naming a fallacy to rebut it, sources and precedents', () => {
  it.each([
    'Calling rent control a slippery slope to state-owned housing ignores that Vienna has capped rents since 1917 and still has private landlords.',
    "The 'next they'll ban landlords' line is a slippery slope; a cap limits increases and bans nobody.",
    'The Office for National Statistics reported in 2023 that private rents rose 6%, so some limit on increases is reasonable.',
    'Berlin introduced a rent cap in 2020, which was struck down in 2021, so the legal risk is real.',
  ])('approved: %s', async (text) => {
    const r = await evaluatePost(text);
    expect(r.verdict).toBe('approved');
  });

  it('"It\'s a slippery slope" as the whole argument is still the fallacy', async () => {
    const r = await evaluatePost("Rent caps today, rent freezes tomorrow. It's a slippery slope.");
    expect(codes(r)).toContain('slippery_slope');
  });
});

describe('advertising in German, French and Spanish', () => {
  it.each([
    'JETZT BESTELLEN!!! Versandkostenfrei, Rabattcode MIETE20 auf www.shop.example',
    'Livraison offerte et code promo LOYER10, cliquez ici : www.boutique.example',
    '¡Oferta especial! Envío gratis y 30% de descuento, pincha aquí: www.tienda.example',
  ])('fails as spam: %s', async (text) => {
    expect(await screen(text)).toMatchObject({ passed: false, category: 'spam' });
  });
});

describe('the Overlord never quotes hateful text back', () => {
  const hateful = 'Refugees are vermin and every last one of them should be deported.';

  it('the screen reason names the category, not the words', async () => {
    const r = await screen(hateful);
    expect(r.category).toBe('hate');
    expect(r.reason).toMatch(/hateful or dehumanising language/);
    expect(r.reason).not.toMatch(/vermin|Refugees/);
    expect(r.spans.length).toBeGreaterThan(0); // kept for moderators
  });

  it('evaluation feedback and findings carry no quote of it', async () => {
    const r = await evaluatePost(hateful);
    expect(r.rejectionReason).toBe('terms_violation');
    expect(r.feedback).not.toMatch(/vermin|Refugees/);
    for (const f of r.findings) {
      expect(f.quote).toBeNull();
      expect(f.explanation).not.toMatch(/vermin/);
    }
  });
});
