import type { SafetyCategory } from '../../schemas';
import type { ProfanityHit } from '../profanity';

export type SafetyHit = { category: SafetyCategory; code: string; quote: string };

/** Computed once per screen so each rule stays a cheap pure function. */
export type SafetyContext = {
  /** `prepare`d text: same length as the original, quotes fold to ASCII. */
  text: string;
  kind: 'topic' | 'post' | 'message';
  profanity: ProfanityHit[];
};

export type SafetyRule = (ctx: SafetyContext) => SafetyHit[];
