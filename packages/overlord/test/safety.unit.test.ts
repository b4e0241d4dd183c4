import { describe, expect, it } from 'vitest';
import { ScreenResultSchema } from '../src';
import { screen } from './helpers';

const fails = (category: string, texts: string[]) =>
  it.each(texts)(`flags %j as ${category}`, async (text) => {
    const r = await screen(text);
    expect(r.passed).toBe(false);
    expect(r.category).toBe(category);
    expect(r.spans.length).toBeGreaterThan(0);
    expect(r.reason).toMatch(/^Citizen,/);
  });

const passes = (label: string, texts: string[]) =>
  it.each(texts)(`passes %j (${label})`, async (text) => {
    const r = await screen(text);
    expect(r).toMatchObject({ passed: true, category: null, spans: [] });
  });

describe('safety screen: threats', () => {
  fails('threat', [
    'I will kill you.',
    "I'm going to stab him if he posts again.",
    'You should die for supporting rent control.',
    'Someone should shoot him for proposing this.',
    'I hope you die.',
    'Death to landlords!',
    'Gas the immigrants.',
    "We're gonna beat you up after the rally.",
  ]);
  passes('violent words not aimed at people', [
    'We need to kill the bill before it passes; it freezes rents without building homes.',
    'The council should shoot down this proposal because it discourages new housing.',
    "I'll shoot you an email with the rent data.",
    'We should hang this proposal out to dry and focus on zoning reform.',
    'Rent control kills housing construction because developers cannot recover costs.',
    'Death to tyranny!',
  ]);
});

describe('safety screen: self-harm', () => {
  fails('self_harm', [
    'kys',
    'Just kill yourself, landlord.',
    'Go drink bleach.',
    'Nobody would miss you if you were gone.',
  ]);
  passes('idioms', [
    'Shoot yourself in the foot with rent control, then.',
    'Cut yourself some slack, it is complicated.',
  ]);
});

describe('safety screen: hate', () => {
  fails('hate', [
    'Rent control is for niggers.',
    'Immigrants are vermin and should not get housing.',
    'Women are a disease.',
    'Those k1kes run the banks.',
  ]);
  passes('a slur quoted in order to report it', [
    'He called me a "nigger" at the rent tribunal, and I want to report how common this slur is.',
  ]);
  passes('innocent words the dataset over-matches', [
    'The policy is a chink in the armour of the housing ministry.',
    'She graduated magna cum laude with a thesis on housing.',
    'The pilot left the cockpit; fire retardant was sprayed.',
  ]);
});

describe('safety screen: harassment', () => {
  fails('harassment', [
    'I know where you live.',
    "Let's all report him until he leaves.",
    'Send me nudes.',
    'Shut up, you stupid whore.',
  ]);
  passes('strong but civil disagreement', [
    'You are wrong about rent control, and here is why: supply falls when landlords exit.',
  ]);
});

describe('safety screen: doxxing', () => {
  fails('doxxing', [
    'Call the landlord at 555-123-4567 and tell him what you think.',
    'The landlord lives at 42 Maple Street, go visit him.',
    'His email is john.smith@gmail.com, flood his inbox.',
    'Her home address is on the council register.',
  ]);
  passes('public or own details, numbers that are not phones', [
    'Email the housing department at info@housing.gov for the figures.',
    'My phone number is 555-123-4567 if you want to discuss offline.',
    'Email me: citizen.k@example.org and I will send the figures.',
    'Rents rose 20% between 2010-2020 according to the census.',
    'The Prime Minister lives at 10 Downing Street, as everyone knows.',
    'The crisis spanned 2008 2009 2010 in most cities.',
  ]);
});

describe('safety screen: explicit', () => {
  fails('explicit', [
    'Watch this hardcore porn video of a gangbang.',
    'She gave him a blowjob in the car.',
  ]);
  passes('clinical vocabulary in a policy debate', [
    'Sex education and housing are both underfunded, and rape crisis shelters too.',
    'Should porn be age-verified online? The privacy cost is high.',
  ]);
});

describe('safety screen: spam', () => {
  fails('spam', [
    'Buy now! Cheap apartments at www.cheap-flats.example',
    'BUY NOW LIMITED TIME OFFER CHEAP RENT',
    'http://a.com http://b.com http://c.com http://d.com rent',
    'rent rent rent rent rent rent rent rent',
    'Nooooooooooooooooo this is terrible.',
    'Use my promo code RENT50 for a discount.',
  ]);
  passes('links and enthusiasm in moderation', [
    'Sources: https://a.example/report and https://b.example/data support this.',
    'If you can afford to buy now, a fixed mortgage beats renting because rates are low.',
    '---\nA markdown rule above is not spam.',
  ]);
});

describe('safety screen: illegal activity', () => {
  fails('illegal', [
    'Does anyone know how to make meth at home?',
    'Selling stolen credit cards to pay rent, DM me.',
    'Here is how to build a pipe bomb.',
  ]);
  passes('debating the law around crime', [
    'Should drug policy about meth be part of housing policy? Addiction drives homelessness.',
    'The penalty for selling stolen goods should be proportional to the harm.',
  ]);
});

describe('safety screen: contract', () => {
  it('reports the most severe category first', async () => {
    const r = await screen('I will kill you. Buy now at www.x.example');
    expect(r.category).toBe('threat');
  });

  it.each(['I will kill you.', 'A calm argument about housing.', ''])(
    'returns a schema-valid result for %j',
    async (text) => {
      expect(ScreenResultSchema.safeParse(await screen(text)).success).toBe(true);
    },
  );

  it('quotes the offending text verbatim', async () => {
    const text = 'Honestly, I will   kill you tomorrow.';
    const r = await screen(text);
    for (const span of r.spans) expect(text).toContain(span);
  });

  it('rejects invalid input', async () => {
    await expect(screen(42 as unknown as string)).rejects.toThrow();
  });
});
