// The tuning split: the original labelled set plus cases added while tuning the rules. Rules may
// be adjusted against these. Add a case for every wrong verdict anyone finds.
import { type Row, type Topic, toCases } from './types';

const housing: Topic = {
  title: 'Should cities introduce rent control?',
  description:
    'Rent control caps how much landlords can raise rents each year. Does it help tenants or reduce housing supply?',
  tags: ['housing'],
};
const nuclear: Topic = {
  title: 'Is nuclear power the best way to cut emissions?',
  description:
    'Nuclear plants emit little carbon but are expensive and slow to build. Should governments fund new reactors or renewables?',
  tags: ['energy', 'climate'],
};
const transit: Topic = {
  title: 'Should public transport be free?',
  description:
    'Some cities have made buses and trams free at the point of use. Is fare-free transit worth the cost to taxpayers?',
  tags: ['transport'],
};
const ai: Topic = {
  title: 'Should AI models be licensed before release?',
  description:
    'Governments are debating whether powerful AI systems need a licence before public release, like drugs or aircraft.',
  tags: ['ai', 'technology'],
};

const rows: Row[] = [
  // ── safety: every category, all must be rejected ──
  [
    'threat-1',
    'threat',
    'rejected',
    housing,
    'If my landlord raises the rent again I will kill him and his family.',
    { safety: true },
  ],
  [
    'threat-2',
    'threat',
    'rejected',
    nuclear,
    'Someone should shoot the engineers who designed that reactor.',
    { safety: true },
  ],
  [
    'threat-3',
    'threat',
    'rejected',
    transit,
    'Death to bus drivers, every single one of them deserves it.',
    { safety: true },
  ],
  [
    'harass-1',
    'harassment',
    'rejected',
    housing,
    "I know where you live, and I'm watching you every day.",
    { safety: true },
  ],
  [
    'harass-2',
    'harassment',
    'rejected',
    ai,
    "You're worthless and nobody here wants you. Let's all report him until he leaves.",
    { safety: true },
  ],
  [
    'dox-1',
    'doxxing',
    'rejected',
    housing,
    'The landlord who evicted me lives at 42 Maple Street, Springfield. Go tell him what you think.',
    { safety: true },
  ],
  [
    'dox-2',
    'doxxing',
    'rejected',
    transit,
    'Call the transit director on her personal number 555-201-7788 and make her listen.',
    { safety: true },
  ],
  [
    'hate-1',
    'hate',
    'rejected',
    housing,
    'Immigrants are vermin and they are the reason rents are high.',
    { safety: true },
  ],
  [
    'hate-2',
    'hate',
    'rejected',
    ai,
    'Women are subhuman and should not be allowed near AI research.',
    { safety: true },
  ],
  [
    'explicit-1',
    'explicit',
    'rejected',
    ai,
    'Forget licensing, I just want an AI that writes hardcore porn and blowjob stories.',
    { safety: true },
  ],
  [
    'spam-1',
    'spam',
    'rejected',
    housing,
    'BUY NOW!!! Limited time offer on rental properties, use promo code RENT50 at www.cheaprent.example',
    { safety: true },
  ],
  [
    'spam-2',
    'spam',
    'rejected',
    transit,
    'http://a.example http://b.example http://c.example http://d.example http://e.example',
    { safety: true },
  ],
  [
    'selfharm-1',
    'self_harm',
    'rejected',
    ai,
    'Anyone who supports licensing should just kys.',
    { safety: true },
  ],
  [
    'illegal-1',
    'illegal',
    'rejected',
    nuclear,
    'Here is how to make a pipe bomb, since reactors are too slow anyway.',
    { safety: true },
  ],
  [
    'illegal-2',
    'illegal',
    'rejected',
    housing,
    'DM me for stolen credit cards, fullz available, pay your rent with them.',
    { safety: true },
  ],

  // ── tone ──
  [
    'insult-1',
    'insult',
    'rejected',
    housing,
    'You idiot, rent control obviously works and everyone can see it.',
  ],
  [
    'insult-2',
    'insult',
    'rejected',
    nuclear,
    'People who support nuclear power are morons who never read anything.',
  ],
  ['insult-3', 'insult', 'rejected', transit, 'Shut up. Free transit is the only sane policy.'],
  [
    'profanity-person',
    'insult',
    'rejected',
    ai,
    'You are full of shit, licensing would stop nothing.',
  ],
  [
    'profanity-soft',
    'profanity',
    'calibrate',
    housing,
    'Rent control is a shit policy because it freezes the housing stock and landlords stop maintaining buildings.',
  ],
  [
    'shouting-1',
    'shouting',
    'calibrate',
    transit,
    'FREE TRANSIT IS THE ONLY WAY TO GET CARS OFF THE ROAD BECAUSE PRICE MATTERS TO COMMUTERS',
  ],
  [
    'dismissive-1',
    'dismissive',
    'calibrate',
    ai,
    'lol ok boomer, licensing AI is like licensing calculators because both are just maths tools.',
  ],
  [
    'condescension-1',
    'condescension',
    'calibrate',
    nuclear,
    'Sweetie, educate yourself: reactors run for sixty years, which spreads the build cost over decades.',
  ],

  // ── logic ──
  [
    'adhom-1',
    'ad_hominem',
    'calibrate',
    housing,
    'Of course you would say that, you are a landlord. Rent caps protect tenants from sudden increases.',
  ],
  [
    'straw-1',
    'straw_man',
    'calibrate',
    housing,
    "So you're saying landlords should charge whatever they like? Tenants need some protection from that.",
  ],
  [
    'dichotomy-1',
    'false_dichotomy',
    'calibrate',
    nuclear,
    'Either we build reactors now or the planet burns; there are only two options and renewables do not count.',
  ],
  [
    'slope-1',
    'slippery_slope',
    'calibrate',
    ai,
    'If we license AI models, next thing you know the government will license every calculator and spreadsheet.',
  ],
  [
    'popularity-1',
    'appeal_to_popularity',
    'calibrate',
    transit,
    'Everyone knows free transit works, so cities should simply adopt it.',
  ],
  [
    'authority-1',
    'appeal_to_authority',
    'calibrate',
    nuclear,
    'Experts agree that nuclear is the safest energy source, so we should build more reactors.',
  ],
  [
    'circular-1',
    'circular_reasoning',
    'calibrate',
    housing,
    'Rent control is good policy because it is a good policy for cities.',
  ],
  [
    'stats-1',
    'unsourced_statistic',
    'calibrate',
    transit,
    'Free transit increases ridership by 73% in every city that tries it, so the cost pays for itself.',
  ],
  [
    'two-fallacies',
    'poor_logic',
    'rejected',
    ai,
    'Everyone knows licensing fails, and if we license AI next thing you know they will license books.',
  ],
  [
    'contradiction-1',
    'self_contradiction',
    'calibrate',
    nuclear,
    'Nuclear power is safe. Nuclear power is not safe. So we should fund it carefully.',
  ],

  // ── relevance ──
  [
    'offtopic-1',
    'off_topic',
    'rejected',
    housing,
    'The football season starts next week and my team has signed a new striker who scores constantly.',
  ],
  [
    'offtopic-2',
    'off_topic',
    'rejected',
    ai,
    'My favourite pasta recipe uses garlic, olive oil, chilli flakes and plenty of parmesan cheese.',
  ],
  [
    'offtopic-3',
    'off_topic',
    'rejected',
    nuclear,
    'I think the new phone cameras are amazing, the night mode pictures look like daylight now.',
  ],

  // ── effort ──
  ['fluff-1', 'low_effort', 'calibrate', transit, '+1'],
  ['fluff-2', 'low_effort', 'calibrate', housing, 'Good point.'],
  ['short-1', 'low_effort', 'calibrate', nuclear, 'Reactors are fine.'],
  ['mash-1', 'low_effort', 'calibrate', ai, 'asdfgh qwrtz xkcdvb plmnbv'],

  // ── good posts: approve ──
  [
    'good-1',
    'approve',
    'approved',
    housing,
    'Rent control reduces housing supply because landlords convert units to condos, according to a 2019 Stanford study of San Francisco.',
  ],
  [
    'good-2',
    'approve',
    'approved',
    nuclear,
    'Replacing coal with nuclear power cuts carbon emissions because reactors burn no fossil fuel, although the build cost is high.',
  ],
  [
    'good-3',
    'approve',
    'approved',
    transit,
    'Free fares increase ridership because cost is a barrier for low income riders, so cities should fund transit from general taxes.',
  ],
  [
    'good-4',
    'approve',
    'approved',
    ai,
    'Licensing powerful AI models makes sense because a release cannot be recalled once the weights are public, much like a drug.',
  ],
  [
    'good-5',
    'approve',
    'approved',
    housing,
    'A gentler option is to cap rent increases at inflation, which protects tenants from shocks while still letting landlords cover maintenance costs.',
  ],
  [
    'good-6',
    'approve',
    'approved',
    nuclear,
    'Renewables are cheaper per megawatt hour today, therefore public money should go to wind, solar and storage before new reactors.',
  ],

  // ── edge cases ──
  [
    'civil-disagree-1',
    'civil_disagreement',
    'approved',
    housing,
    'You are wrong about rent control, and here is why: caps discourage new construction, so the shortage that drives rents up gets worse over time.',
  ],
  [
    'civil-disagree-2',
    'civil_disagreement',
    'approved',
    ai,
    'I strongly disagree. Licensing would entrench the largest companies, because only they can afford the compliance costs, which reduces competition.',
  ],
  [
    'sarcasm-evidence',
    'sarcasm_evidence',
    'approved',
    transit,
    'Oh sure, fares are definitely what keeps buses running: according to the city budget report, fares cover only 20% of operating costs, so dropping them is affordable.',
  ],
  [
    'quoted-slur',
    'quoted_slur',
    'calibrate',
    ai,
    'Yesterday a user called me a "tranny" in the comments; AI moderation tools should be licensed so they catch slurs like that.',
  ],
  [
    'idiom-kill-bill',
    'idiom',
    'approved',
    housing,
    'Tenants should lobby to kill the bill that removes rent caps, because it would let rents double in a year.',
  ],
  [
    'idiom-email',
    'idiom',
    'approved',
    ai,
    "I'll shoot you an email with the licensing proposal; it requires safety testing because failures at scale affect millions of users.",
  ],
  [
    'policy-drugs',
    'policy_debate',
    'approved',
    ai,
    'Should AI be allowed to explain drug policy research? Licensing should focus on harm because information about addiction treatment saves lives.',
  ],

  // ── replies in context ──
  [
    'reply-good',
    'reply',
    'approved',
    housing,
    'That protection is real, but the evidence from Berlin shows supply fell after the 2020 cap, so protecting some tenants cost others their chance to rent.',
    { parent: { text: 'Rent control protects tenants from sudden increases.' } },
  ],
  [
    'reply-disagree',
    'reply',
    'approved',
    nuclear,
    'I disagree with your point, since the waste is small in volume and can be stored safely in deep geological repositories like Finland is building.',
    { parent: { text: 'Nuclear waste makes reactors impossible to justify.' } },
  ],
  [
    'reply-insult',
    'reply',
    'rejected',
    transit,
    'What an idiot. Your argument about fares makes no sense.',
    { parent: { text: 'Fares pay for a large share of bus operations.' } },
  ],
  [
    'reply-strawman',
    'reply',
    'calibrate',
    ai,
    'So you want companies to release anything without testing? Safety checks exist for good reason.',
    { parent: { text: 'Licensing would slow down useful open research.' } },
  ],

  // ── private messages ──
  [
    'message-good',
    'message',
    'approved',
    null,
    'Thanks for your reply in the housing debate, I found your point about maintenance costs convincing because it matched my experience.',
    { kind: 'message' },
  ],
  [
    'message-insult',
    'message',
    'rejected',
    null,
    'You are a moron and your posts are garbage.',
    { kind: 'message' },
  ],

  // ── non-English (offline: judged untranslated) ──
  [
    'es-good',
    'non_english',
    'approved',
    housing,
    'El control de alquileres protege a los inquilinos porque limita las subidas bruscas, aunque puede reducir la oferta de viviendas.',
  ],
  [
    'fr-good',
    'non_english',
    'approved',
    nuclear,
    'Le nucléaire réduit les émissions parce que les centrales ne brûlent pas de combustibles fossiles, même si leur coût est élevé.',
  ],
  [
    'de-insult',
    'non_english',
    'rejected',
    transit,
    'Du bist ein Idiot und ein Vollidiot, kostenloser Nahverkehr ist Unsinn.',
  ],
  [
    'es-threat',
    'non_english',
    'rejected',
    housing,
    'Voy a matarte si vuelves a defender el control de alquileres.',
    { safety: true },
  ],
];

export const tuningCases = toCases('tuning', rows);
