import type { Detection } from './detection';
import { dedupeByCode } from './detection';
import type { ProfanityHit } from './profanity';
import { isMention } from './safety';
import { alternation, clamp01, firstMatch, sentenceAround, upperRatio } from './text';
import { findSarcasticDismissal } from './sarcasm';
import { FOREIGN_INSULTS } from './tone-foreign';

const INSULT_NOUNS = [
  'idiot',
  'moron',
  'imbecile',
  'fool',
  'clown',
  'loser',
  'cretin',
  'dimwit',
  'halfwit',
  'nitwit',
  'dumbass',
  'jackass',
  'dunce',
  'buffoon',
  'simpleton',
  'muppet',
  'tosser',
  'prat',
  'twit',
  'numpty',
  'pillock',
  'plonker',
  'troll',
  'degenerate',
  'scumbag',
  'lowlife',
  'airhead',
  'bonehead',
  'knucklehead',
  'numbskull',
];

const INSULT_ADJECTIVES = [
  'stupid',
  'dumb',
  'idiotic',
  'moronic',
  'brainless',
  'braindead',
  'brain-dead',
  'retarded',
  'pathetic',
  'clueless',
  'delusional',
  'deranged',
  'illiterate',
  'disgusting',
  'a joke',
  'an embarrassment',
];

const NOUN = `(?:${alternation(INSULT_NOUNS)})(?:e?s)?(?!['\\w])`;
const ADJ = `(?:${alternation(INSULT_ADJECTIVES)})\\b`;
const YOU_ARE = "(?:you|u|ya)(?:'re|\\s+are|\\s+r|r)?";
const INTENSIFIERS =
  '(?:(?:such|a|an|the|so|total|complete|absolute|utter|fucking|freaking|bloody|damn|stupid|little|pathetic|ignorant|brainless|clearly|obviously|just|really)\\s+){0,3}';

const INSULTS: RegExp[] = [
  new RegExp(`\\b${YOU_ARE}\\s+${INTENSIFIERS}${NOUN}`, 'i'),
  new RegExp(
    `\\b${YOU_ARE}\\s+(?:(?:so|such|really|very|completely|totally|just|clearly|obviously|utterly|truly)\\s+)*${ADJ}(?!\\s+(?:of|about)\\b)`,
    'i',
  ),
  new RegExp(`\\bwhat (?:an?|a complete|an absolute|a total)\\s+${NOUN}`, 'i'),
  new RegExp(`\\b${NOUN}\\s+like you\\b`, 'i'),
  new RegExp(
    `\\b(?:the author|the op|op|the poster|this (?:guy|person|citizen|poster)|my opponent|the previous (?:poster|speaker)|he|she|they)\\s+(?:is|are)\\s+(?:(?:a|an|such a|such an|an absolute|a complete|a total|just an?|clearly an?|obviously an?|bunch of)\\s+)?${NOUN}`,
    'i',
  ),
  // Name-calling a whole group of people: "landlords are idiots", "the mods are clowns".
  new RegExp(
    `\\b(?:\\p{L}+s|people|folks|mods)\\s+are\\s+(?:(?:all|just|such|complete|total|absolute|utter|a bunch of|nothing but|clearly|obviously)\\s+)*${NOUN}`,
    'iu',
  ),
  new RegExp(
    `\\b(?:anyone|anybody|people|those|everyone) who (?:\\w+\\s+){1,6}?(?:is|are)\\s+(?:(?:a|an|complete|total|absolute)\\s+)?(?:${NOUN}|${ADJ})`,
    'i',
  ),
  // "only a complete moron thinks ...": name-calling everyone who disagrees
  new RegExp(
    `\\bonly\\s+(?:an?\\s+)?${INTENSIFIERS}${NOUN}\\s+(?:would|could|thinks?|believes?|says?|supports?|wants?|votes?|falls? for)\\b`,
    'i',
  ),
  // "you have the IQ of a brick", "the brains of a goldfish"
  /\b(?:you|u|he|she|they)\s+(?:clearly\s+|obviously\s+|must\s+)?(?:have|has|got)\s+the\s+(?:iq|brains?|intelligence|mental age|attention span|common sense|critical thinking)\s+of\s+an?\s+\w+/i,
  ...FOREIGN_INSULTS,
  /\b(?:shut up|stfu|shut your (?:mouth|trap)|get lost|piss off|fuck off|screw you|fuck you|go to hell|eat shit|bite me|nobody asked you|go back to (?:school|kindergarten|your cave))\b/i,
];

/** Profanity counts as aimed at a person when "you" sits just before it. */
function aimedAtPerson(text: string, hit: ProfanityHit): boolean {
  const before = text.slice(Math.max(0, hit.start - 40), hit.start);
  const after = text.slice(hit.end, hit.end + 12);
  return (
    /\b(?:you|u|ya)(?:'re|\s+are)?\s+(?:\w+\s+){0,2}$/i.test(before) ||
    /\bpiece of\s+$/i.test(before) ||
    /^\s+(?:you|u)\b/i.test(after) ||
    /^\s+like you\b/i.test(after)
  );
}

const DISMISSIVE =
  /\b(?:lol|lmao|lmfao|rofl|ha(?:ha)+|cope harder|cope and seethe|seethe|just cope|ok boomer|touch grass|cry (?:more|harder)|nobody cares|get a life|snowflake|imagine (?:thinking|believing)|cringe|ratio(?:'d)?)\b|\bwho cares\s*[?!.]|\bwhatever\s*[.!]*\s*$/i;

const CONDESCENSION =
  /\b(?:bless your (?:heart|soul)|newsflash|sheeple|wake up,? people|educate yourself|learn to read|try reading|reading comprehension|get educated|nice try|do your (?:own )?research)\b|(?:^|[,.!?]\s*)(?:sweetie|sweetheart|honey|darling|kiddo|buddy|pal)\s*[,.!?]/i;

const CONTEMPT = new RegExp(
  `\\b(?:your|this|that|the op's|his|her|their)\\s+(?:argument|point|post|logic|idea|take|opinion|reasoning|comment|claim|statement)\\s+(?:is|was)\\s+(?:(?:so|just|utterly|complete|total|absolute|pure)\\s+)*(?:stupid|idiotic|dumb|moronic|garbage|trash|bullshit|crap|laughable|pathetic|braindead|retarded|a joke)\\b|\\bwhat an? (?:stupid|idiotic|dumb|moronic|pathetic) (?:argument|point|post|take|idea|opinion|comment|thing to say)\\b`,
  'i',
);

const SHOUTING_RATIO = 0.7;

export type ToneReport = { detections: Detection[]; score: number };

export function analyseTone(
  text: string,
  profanity: readonly ProfanityHit[],
  hasEvidence = false,
): ToneReport {
  const found: Detection[] = [];
  const add = (code: string, quote: string | null, severity: Detection['severity']) =>
    found.push({ dimension: 'tone', code, quote, severity });

  const insult = firstMatch(INSULTS, text);
  if (insult) add('insult', insult.quote, 'hard');

  for (const hit of profanity) {
    if (hit.cls === 'slur') {
      if (isMention(text, hit)) add('quoted_slur', hit.quote, 'soft');
      continue;
    }
    if (hit.cls !== 'profanity' && hit.cls !== 'ableist') continue;
    if (aimedAtPerson(text, hit)) add('profanity_at_person', hit.quote, 'hard');
    else add('profanity', hit.quote, 'soft');
  }

  const contempt = firstMatch([CONTEMPT], text);
  if (contempt) add('contempt', contempt.quote, 'soft');
  const dismissive = firstMatch([DISMISSIVE], text);
  if (dismissive) add('dismissive', dismissive.quote, 'soft');
  const sarcasm = findSarcasticDismissal(text, hasEvidence);
  if (sarcasm) found.push(sarcasm);
  const condescension = firstMatch([CONDESCENSION], text);
  if (condescension) add('condescension', condescension.quote.replace(/^[,.!?\s]+/, ''), 'soft');

  const ratio = upperRatio(text, 20);
  const bangs = /[!?]{3,}/.exec(text);
  if (ratio !== null && ratio >= SHOUTING_RATIO) add('shouting', sentenceAround(text, 0), 'soft');
  else if (bangs) add('shouting', sentenceAround(text, bangs.index), 'soft');

  const detections = dedupeByCode(found);
  const hard = detections.filter((d) => d.severity === 'hard').length;
  const soft = detections.length - hard;
  return { detections, score: clamp01(1 - 0.6 * hard - 0.2 * soft) };
}
