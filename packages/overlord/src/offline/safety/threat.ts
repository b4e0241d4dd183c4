import { findAll } from '../text';
import { FOREIGN_THREATS } from './foreign';
import type { SafetyRule } from './types';
import { GROUP, INTENT, NOT_VIOLENT_AFTER, PERSON, VIOLENT_VERB } from './vocab';

/** Groups of people a "death to" slogan can target; ideas ("death to tyranny") are fine. */
const TARGETS =
  '(?:you|him|her|them|traitors|infidels|unbelievers|kafirs|landlords|politicians|bankers|billionaires|capitalists|communists|socialists|liberals|conservatives|leftists|fascists|cops|police|bureaucrats|journalists|moderators|mods|the rich|americans|israel|america|the west)';

/** Role nouns for people: "the engineers", "bus drivers". Things ("the bill", "reactors") are not listed. */
const PEOPLE =
  '(?:engineers|drivers|workers|designers|owners|developers|officers|voters|protesters|protestors|tenants|immigrants|refugees|doctors|nurses|teachers|judges|ministers|lawyers|scientists|researchers|ceos|executives|managers|bosses|officials|supporters|residents|neighbou?rs|kids|children|people|men|women|families|(?:\\w+(?:ists|ians)))';

const PATTERNS: RegExp[] = [
  ...FOREIGN_THREATS,
  // "burn it down with you inside", "you're going to get your face smashed in"
  /\bwith (?:you|him|her|them|your (?:family|kids)) (?:still )?(?:inside|in it|in there)\b/i,
  /\b(?:going to|gonna|will|'ll|about to)\s+get\s+(?:your|their|his|her)\s+(?:face|head|teeth|skull|legs?|arms?|jaw)\s+(?:smashed|kicked|bashed|broken|caved|beaten|knocked)\b/i,
  // "enjoy your last week alive", "you won't be alive much longer"
  /\b(?:enjoy|these are|this is)\s+your\s+last\s+(?:days?|weeks?|months?|hours?|night|breath)\b(?:\s+alive|\s+on earth)?/i,
  /\byou\s+(?:won't|will not|are not going to|aren't going to)\s+(?:be alive|live|survive)\s+(?:much\s+)?(?:long|longer|to see)\b/i,
  /\b(?:deserves?|needs?|earned)\s+a\s+bullet\b/i,
  // "someone should shoot the engineers who designed it"
  new RegExp(
    `\\b(?:someone|somebody|people|y'?all|you guys|we all|we)\\s+(?:should|needs? to|ought to|must|oughta|gotta)\\s+(?:\\w+\\s+)?${VIOLENT_VERB}\\s+(?:all\\s+)?(?:the|those|these)\\s+(?:\\w+\\s+)?${PEOPLE}\\b`,
    'i',
  ),
  // "death to bus drivers"
  new RegExp(`\\bdeath to (?:all\\s+)?(?:the\\s+)?(?:\\w+\\s+)?${PEOPLE}\\b`, 'i'),
  // "I will kill you", "we're going to hurt him"
  new RegExp(
    `\\b${INTENT}\\s+(?:\\w+\\s+){0,2}?${VIOLENT_VERB}\\s+${PERSON}\\b${NOT_VIOLENT_AFTER}`,
    'i',
  ),
  new RegExp(
    `\\b${INTENT}\\s+(?:\\w+\\s+){0,2}?beat\\s+${PERSON}\\s+(?:up|to death|senseless|bloody)\\b`,
    'i',
  ),
  new RegExp(
    `\\b${INTENT}\\s+(?:\\w+\\s+){0,2}?(?:break|snap|smash)\\s+(?:your|his|her|their)\\s+(?:neck|legs?|arms?|face|jaw|skull|teeth)\\b`,
    'i',
  ),
  // "hurt" alone is too common in policy talk ("tariffs hurt them"); only aimed at the reader.
  new RegExp(`\\b${INTENT}\\s+(?:\\w+\\s+){0,2}?(?:hurt|harm)\\s+(?:you|u|ya|your family)\\b`, 'i'),
  /\b(?:slit|cut) (?:your|his|her|their) throats?\b/i,
  /\bbeat the (?:shit|hell|crap|life) out of (?:you|him|her|them)\b/i,
  // "you should die", "they deserve to be shot"
  /\b(?:you|u|ya|he|she|they|people like you)\s+(?:should|ought to|deserves? to|needs? to|must|better)\s+(?:all\s+)?(?:just\s+)?(?:die|be killed|be shot|be hanged|be hung|be lynched|be executed|be raped|be beaten|be tortured|be stabbed|be gassed|burn in hell|rot in hell|rot|hang for (?:this|that|it)|(?:burn|hang)(?=\s*(?:[.!]|$)))\b/i,
  /\bi hope (?:you|u|he|she|they) (?:die|dies|get (?:shot|killed|raped|stabbed|cancer|hit by a (?:bus|car|truck|train))|burn in hell|rot in hell|choke|rot|burn(?=\s*(?:[.!]|$)))\b/i,
  // incitement: "someone should shoot him"
  new RegExp(
    `\\b(?:someone|somebody|people|y'?all|you guys|we all)\\s+(?:should|needs? to|ought to|must|oughta|gotta)\\s+(?:\\w+\\s+)?${VIOLENT_VERB}\\s+(?:${PERSON}|(?:all\\s+)?(?:the\\s+|those\\s+)?${GROUP})\\b`,
    'i',
  ),
  new RegExp(
    `\\b(?:kill|shoot|gas|exterminate|hang|lynch|slaughter|behead|nuke|burn)\\s+(?:all\\s+)?(?:the\\s+|those\\s+|these\\s+)?${GROUP}\\b`,
    'i',
  ),
  new RegExp(
    `\\b${GROUP}\\s+(?:should|must|need to|deserve to)\\s+(?:all\\s+)?(?:be\\s+)?(?:die|killed|shot|gassed|exterminated|hanged|lynched|wiped out|eradicated|burned)\\b`,
    'i',
  ),
  /\bkill (?:them|'em) all\b/i,
  new RegExp(`\\bdeath to (?:all\\s+)?(?:the\\s+)?(?:${GROUP}|${TARGETS})\\b`, 'i'),
  /\byou(?:'re| are) (?:a )?dead (?:man|woman|meat)\b/i,
  new RegExp(
    `\\b${INTENT}\\s+(?:\\w+\\s+){0,2}?burn\\s+(?:your|his|her|their)\\s+(?:\\w+\\s+)?(?:house|home|building|shop|store|car|bakery|business|place)\\s+down\\b`,
    'i',
  ),
  /\bwatch your back\b|\bsleep with one eye open\b|\byou won't see it coming\b/i,
  new RegExp(
    `\\b${INTENT}\\s+(?:\\w+\\s+){0,2}?make (?:you|him|her|them) (?:suffer|bleed|pay with (?:your|his|her|their) li(?:fe|ves))\\b`,
    'i',
  ),
  new RegExp(
    `\\b${INTENT}\\s+(?:\\w+\\s+)?(?:bomb|shoot up|blow up|burn down)\\s+(?:the|a|this|that|your|our|their)\\s+(?:school|church|mosque|synagogue|temple|office|house|home|mall|concert|rally|station|ministry|parliament|building)\\b`,
    'i',
  ),
];

/** Threats and incitement of violence against people (§6 "threats"). */
export const threatRule: SafetyRule = ({ text }) =>
  PATTERNS.flatMap((re) => findAll(re, text)).map((s) => ({
    category: 'threat' as const,
    code: 'violent_threat',
    quote: s.quote,
  }));
