/**
 * Dehumanising generalisations about a group, read across the whole sentence rather than as
 * adjacent words: "these migrants are nothing but criminals and parasites living off our taxes"
 * puts the group, the vermin word and the call to expel them far apart. Three shapes count:
 * - a group and a vermin/parasite/disease word in one sentence;
 * - "they are ... vermin" in a text that names a group elsewhere (the title, the sentence before);
 * - a group called criminals wholesale together with a call to expel them or "take action".
 * A sentence that denies or reports the slur ("immigrants are not vermin", "calling refugees
 * parasites is vile") is a rebuttal, not a generalisation. English, German, French, Spanish.
 */
import { anyOf, wholeWords } from '../lexicon/words';
import { sentences, type Span, quoteOf } from '../text';

const GROUPS = [
  // English: origin, religion, race, sexuality, gender identity, disability
  'immigrants',
  'immigrant',
  'migrants',
  'migrant',
  'refugees',
  'refugee',
  'asylum seekers',
  'asylum seeker',
  'foreigner',
  'somali',
  'nigerian',
  'african',
  'mexican',
  'arab',
  'afghan',
  'syrian',
  'pakistani',
  'turk',
  'albanian',
  'romanian',
  'gypsy',
  'foreigners',
  'illegals',
  'muslims',
  'muslim',
  'moslems',
  'islamists',
  'jews',
  'jew',
  'christians',
  'catholics',
  'hindus',
  'sikhs',
  'buddhists',
  'atheists',
  'blacks',
  'black people',
  'whites',
  'white people',
  'asians',
  'africans',
  'arabs',
  'mexicans',
  'latinos',
  'hispanics',
  'chinese',
  'indians',
  'pakistanis',
  'bangladeshis',
  'somalis',
  'nigerians',
  'eritreans',
  'afghans',
  'syrians',
  'iraqis',
  'iranians',
  'moroccans',
  'algerians',
  'turks',
  'kurds',
  'albanians',
  'romanians',
  'poles',
  'ukrainians',
  'palestinians',
  'israelis',
  'haitians',
  'jamaicans',
  'filipinos',
  'gypsies',
  'roma',
  'gays',
  'gay people',
  'gay men',
  'lesbians',
  'homosexuals',
  'bisexuals',
  'queers',
  'trans people',
  'trans women',
  'transgender people',
  'women',
  'disabled people',
  'the disabled',
  'autistic people',
  // German
  'ausländer',
  'flüchtlinge',
  'migranten',
  'asylanten',
  'asylbewerber',
  'muslime',
  'moslems',
  'juden',
  'türken',
  'araber',
  'afrikaner',
  'zigeuner',
  'schwule',
  'kanaken',
  // French
  'immigrés',
  'étrangers',
  'réfugiés',
  'musulmans',
  'juifs',
  'arabes',
  'noirs',
  'africains',
  'roms',
  'gitans',
  'homosexuels',
  'maghrébins',
  // Spanish
  'inmigrantes',
  'migrantes',
  'extranjeros',
  'refugiados',
  'musulmanes',
  'judíos',
  'gitanos',
  'moros',
  'negros',
  'africanos',
  'sudacas',
  'homosexuales',
];

/** Never said of people except to deny their humanity. */
const SUBHUMAN = [
  'subhumans',
  'subhuman',
  'untermenschen',
  'untermensch',
  'sous-hommes',
  'infrahumanos',
  'not human',
  'less than human',
  'breeding like rabbits',
  'breed like rabbits',
];

/**
 * Pests, parasites and animals: dehumanising when predicated of people ("are vermin", "like
 * rats", "sont des parasites"), ordinary in "landlords who keep animals" or "parasitic fees".
 */
const VERMIN = [
  'vermin',
  'parasites',
  'parasite',
  'leeches',
  'leech',
  'bloodsuckers',
  'bloodsucking',
  'cockroaches',
  'roaches',
  'rats',
  'pests',
  'insects',
  'maggots',
  'lice',
  'animals',
  'beasts',
  'savages',
  'apes',
  'monkeys',
  'filth',
  'scum',
  'an infestation',
  'infesting',
  'ungeziefer',
  'parasiten',
  'schmarotzer',
  'ratten',
  'kakerlaken',
  'abschaum',
  'tiere',
  'viecher',
  'gesindel',
  'pack',
  'vermine',
  'parasites',
  'cafards',
  'animaux',
  'ordures',
  'sauvages',
  'rats',
  'plaga',
  'ratas',
  'parásitos',
  'cucarachas',
  'escoria',
  'animales',
  'basura',
  'alimañas',
  'bestias',
  'salvajes',
  'sanguijuelas',
];
const COPULA =
  "are|is|were|was|be|being|they're|like|nothing but|sind|seien|wie|sont|comme|que des|son|como";

/** Disease words dehumanise when they describe the people ("a disease", "like a plague"). */
const DISEASE = [
  'disease',
  'plague',
  'cancer',
  'virus',
  'sickness',
  'infection',
  'pestilence',
  'tumour',
  'tumor',
  'pest',
  'seuche',
  'krebsgeschwür',
  'peste',
  'fléau',
  'gangrène',
  'lacra',
  'plaga',
];
const DISEASE_FRAME = `(?:${COPULA})\\s+(?:an?|eine?|une?|una?|the|la|le|die)?\\s*(?:\\p{L}+\\s+)?(?:${anyOf(DISEASE)})`;

const CRIMINALS = [
  'criminals',
  'criminal',
  'rapists',
  'rapist',
  'thieves',
  'thief',
  'terrorists',
  'terrorist',
  'murderers',
  'gangsters',
  'drug dealers',
  'kriminelle',
  'verbrecher',
  'vergewaltiger',
  'diebe',
  'terroristen',
  'criminels',
  'délinquants',
  'voleurs',
  'violeurs',
  'terroristes',
  'criminales',
  'delincuentes',
  'ladrones',
  'violadores',
  'terroristas',
];

/** "All of them", "nothing but", "every last one": the wholesale part of a generalisation. */
const WHOLESALE =
  'all|every(?:\\s+(?:single|last))?(?:\\s+one)?|nothing\\s+but|just|only|basically|the\\s+lot|each\\s+and\\s+every|alle|allesamt|nur|tous|toutes|que\\s+des|todos|todas|solo|son\\s+unos';

const EXPULSION = [
  'deport',
  'deported',
  'deporting',
  'deportation',
  'send them back',
  'sent back',
  'send them home',
  'send them all back',
  'sent home',
  'back where they came from',
  'kick them out',
  'kicked out',
  'kick them all out',
  'throw them out',
  'thrown out',
  'round them up',
  'rounded up',
  'get rid of',
  'expel',
  'expelled',
  'remove them',
  'take action',
  'took action',
  'do something about them',
  'did something about them',
  'deal with them',
  'must go',
  'have to go',
  'out with them',
  'abschieben',
  'abgeschoben',
  'rausschmeißen',
  'rausschmeissen',
  'raus',
  'ausweisen',
  'ausgewiesen',
  'zurückschicken',
  'heimschicken',
  'renvoyer',
  'renvoyés',
  'expulser',
  'expulsés',
  'dehors',
  'dégager',
  'dégagent',
  'rentrer chez eux',
  'chez eux',
  'echarlos',
  'echarlas',
  'expulsarlos',
  'expulsarlas',
  'deportarlos',
  'deportarlas',
  'fuera',
  'a su país',
];

const GROUP_RE = wholeWords(anyOf(GROUPS));
const SUBHUMAN_RE = wholeWords(anyOf(SUBHUMAN));
const VERMIN_RE = wholeWords(`(?:${COPULA})[\\s,]+(?:[\\p{L}',]+\\s+){0,6}?(?:${anyOf(VERMIN)})`);
const DISEASE_RE = wholeWords(DISEASE_FRAME);
const CRIMINAL_RE = wholeWords(
  `(?:${WHOLESALE})\\s+(?:\\p{L}+\\s+){0,6}?(?:an?\\s+|un\\s+|une\\s+)?(?:${anyOf(CRIMINALS)})|(?:are|sind|sont|son)\\s+(?:\\p{L}+\\s+){0,2}?(?:${anyOf(CRIMINALS)})`,
);
const EXPULSION_RE = wholeWords(anyOf(EXPULSION));
/** The people named elsewhere, referred back to. */
const PRONOUN_RE = wholeWords(
  "they|they're|these people|those people|them|their kind|sie|ils|elles|ces gens|ellos|ellas|esa gente|esos",
);
/** Denial or report of the slur: "are not vermin", "calling them parasites is vile". */
const DENIED = /(?:\bnot|n't|\bnever|\bno|\bnicht|\bkein\w*|\bpas|\bni)\b/iu;
const REPORTED =
  /\b(?:treat(?:s|ed|ing)?(?:\s+\w+){0,3}\s+(?:like|as)|call(?:s|ed|ing)?|label(?:s|led|ling)?|describ(?:e|es|ed|ing)|brand(?:s|ed|ing)?|refer(?:s|red|ring)? to|the (?:word|term|rhetoric|language|myth|lie|idea)|words like|nennen|bezeichnen|traiter|llamar)\b/i;
const FIRST_PERSON_REPORT = /\b(?:i|we)\s+(?:\w+\s+)?(?:call|label|describe)\b/i;

/** Only a few, not the group: "some", "those who", "a minority". */
const QUALIFIED =
  /\b(?:some|a few|few|many|most|those who|the ones who|a minority|a small number|certain|einige|manche|certains|quelques|algunos|unos pocos)\b/i;

function usedNotMentioned(sentence: string, at: number, matched: string): boolean {
  const before = sentence.slice(0, at);
  if (DENIED.test(matched) || DENIED.test(before.split(/\s+/).slice(-3).join(' '))) return false;
  if (REPORTED.test(before + matched) && !FIRST_PERSON_REPORT.test(before)) return false;
  const quotesBefore = (before.match(/"/g) ?? []).length;
  return quotesBefore % 2 === 0;
}

function dehumanisingAt(sentence: string): number | null {
  for (const re of [SUBHUMAN_RE, VERMIN_RE, DISEASE_RE]) {
    const m = re.exec(sentence);
    if (m && usedNotMentioned(sentence, m.index, m[0])) return m.index;
  }
  return null;
}

export function findDehumanising(text: string): Span[] {
  const all = sentences(text);
  const groupNamed = GROUP_RE.test(text);
  if (!groupNamed) return [];
  const calledCriminals = all.some(
    (s) => GROUP_RE.test(s.text) && CRIMINAL_RE.test(s.text) && !QUALIFIED.test(s.text),
  );
  const expulsion = EXPULSION_RE.test(text);
  const spans: Span[] = [];
  for (const s of all) {
    const quote = quoteOf(text, s.start, s.start + s.text.length);
    const at = dehumanisingAt(s.text);
    const aboutGroup = GROUP_RE.test(s.text) || PRONOUN_RE.test(s.text.slice(0, at ?? 0));
    if (at !== null && aboutGroup) spans.push({ index: s.start, quote });
    else if (calledCriminals && expulsion && CRIMINAL_RE.test(s.text))
      spans.push({ index: s.start, quote });
  }
  return spans;
}
