import { findAll } from '../text';
import { FOREIGN_HARASSMENT } from './foreign';
import type { SafetyHit, SafetyRule } from './types';

const PATTERNS: RegExp[] = [
  /\bi know where (?:you|u|he|she|they) (?:live|lives|work|works|sleep|sleeps)\b/i,
  /\bi(?:'m| am) (?:watching|following|tracking) (?:you|u)\b/i,
  /\b(?:i|we)(?:'ll| will| are going to|'re going to| am going to|'m going to| gonna) (?:find|hunt down|track down|come for|come after) (?:you|u|him|her)(?=\s*(?:[.!,]|$|and\b))/i,
  /\bi(?:'m| am) coming for (?:you|u)\b/i,
  // "I know which shop is yours", "I know your car": telling someone you can reach them.
  /\bi know (?:which|what) \w+ (?:is yours|you (?:drive|own|live in|work at|work in))\b|\bi know (?:your (?:car|address|house|school|workplace|kids|children)|where your (?:kids|children|family))\b/i,
  // Persistent unwanted contact.
  /\b(?:i(?:'m| am| will|'ll) (?:going to |gonna )?keep|i won't stop) (?:finding|messaging|contacting|following|tracking|emailing|calling) (?:you|u|your)\b/i,
  // Brigading aimed at a person's profile or inbox.
  /\b(?:everyone|everybody|y'?all|let's all|lets all|let's|all of you)\s+(?:go\s+(?:to\s+)?(?:his|her|their)\s+(?:profile|page|account)\s+and\s+)?(?:report|spam|harass|flood|mass[- ]report|brigade)\s+(?:his|her|their)\s+(?:profile|page|account|inbox|dms|messages|posts)\b/i,
  /\b(?:i|we)(?:'ll| will) make (?:your|his|her) life (?:a )?(?:living )?(?:hell|miserable)\b/i,
  /\b(?:everyone|everybody|y'?all|let's all|lets all|let's)\s+(?:go\s+)?(?:report|spam|harass|dox|doxx|brigade|flood|go after)\s+(?:him|her|them|this (?:user|guy|citizen)|@\w+)/i,
  /\byou(?:'re| are) (?:a )?(?:worthless|a waste of (?:oxygen|space|air|skin)|a mistake|unlovable)\b/i,
  /\bnobody (?:likes|loves|wants|will ever love) you\b/i,
  /\bsend (?:me )?(?:your )?(?:nudes|naked (?:pics|pictures|photos))\b/i,
  /\bshow me your (?:tits|boobs|body|dick|cock|pussy)\b/i,
  /\b(?:i|i'd|i would|i'm going to|i will|i want to|i wanna|gonna)\s+(?:fuck|bang|grope|sleep with|have sex with)\s+(?:you|u|her|him)\b/i,
  /\b(?:suck|lick) my (?:dick|cock|balls|tits|pussy)\b/i,
];

/** Sexualised slurs aimed at someone are harassment, not just bad manners. */
const SEXUALISED_AT_PERSON =
  /\b(?:you|ur|u)\s+(?:\w+\s+)?(?:cunts?|whores?|sluts?|skanks?)\b|\b(?:cunts?|whores?|sluts?)\s+like you\b/i;

export const harassmentRule: SafetyRule = ({ text }) => {
  const hits: SafetyHit[] = [];
  for (const re of [...PATTERNS, ...FOREIGN_HARASSMENT, SEXUALISED_AT_PERSON]) {
    for (const s of findAll(re, text))
      hits.push({ category: 'harassment', code: 'harassment', quote: s.quote });
  }
  return hits;
};
