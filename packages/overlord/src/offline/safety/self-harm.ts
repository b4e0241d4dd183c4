import { findAll } from '../text';
import { FOREIGN_SELF_HARM } from './foreign';
import type { SafetyRule } from './types';

/**
 * Encouraging someone else to harm themselves. A citizen describing their own
 * distress is deliberately not matched: penalising it would be cruel, and a
 * human moderator is the right reader for it.
 */
const PATTERNS: RegExp[] = [
  /\bkys\b/i,
  /\bk\s*y\s*s\s*[.!]*$/i,
  /\b(?:go\s+(?:and\s+)?)?(?:kill|unalive|off|neck|rope|hang|shoot|drown|starve|cut)\s+(?:yo)?ur\s*self\b(?!\s+(?:in the foot|some slack|a break|short|off from))/i,
  /\b(?:kill|unalive)\s+yourselves\b/i,
  /\bgo (?:and )?(?:die|jump off (?:a|the) (?:bridge|cliff|building|roof)|drink bleach|slit your wrists)\b/i,
  /\b(?:drink|eat) bleach\b/i,
  /\bend your (?:own )?life\b/i,
  /\b(?:the world|everyone) would be better (?:off )?without you\b/i,
  /\bnobody would (?:miss|care about) you\b/i,
  /\byou should (?:just )?(?:end it|not exist|stop existing|commit suicide)\b/i,
  // "if you can't handle it just end it"
  /\b(?:just|go)\s+end\s+it(?:\s+all)?\b(?=[^.!?]{0,60}\b(?:nobody|no one|noone|world)\b)|\b(?:nobody|no one)\s+(?:would|will)\s+(?:miss|mourn|notice)\s+(?:you|u)\b/i,
  ...FOREIGN_SELF_HARM,
  /\b(?:how to|best way to|easiest way to|painless way to)\s+(?:kill (?:yourself|myself)|commit suicide|self[- ]harm)\b/i,
];

export const selfHarmRule: SafetyRule = ({ text }) =>
  PATTERNS.flatMap((re) => findAll(re, text)).map((s) => ({
    category: 'self_harm' as const,
    code: 'self_harm_encouragement',
    quote: s.quote,
  }));
