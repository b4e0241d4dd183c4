import type { Detection } from './detection';
import { sentences } from './text';

/**
 * Attacks on the judge or the platform in place of the topic: "this robot overlord is rigged",
 * "the mods here are clowns". Complaints belong in an appeal, where a human reads them; a post
 * that is only a complaint is not about the topic. Bare "judge" and "algorithm" are left out:
 * debates about courts and about AI use them in earnest.
 */
const PLATFORM =
  /\b(?:(?:robot\s+)?overlord|ai judge|robot judge|this judge|mods?|moderators?|moderation|admins?|the ministry|(?:this|the) (?:site|platform|forum|website|app)|robot)\b/i;
const COMPLAINT =
  /\b(?:rigged|biased|bias|censor\w*|a joke|pathetic|garbage|trash|junk|useless|broken|scam|clowns?|corrupt|deletes?|deleting|deleted|reject(?:s|ed|ing)? my|keeps? rejecting|silenc(?:es|ed|ing)|shadow-?bann?\w*|banned me|stupid|dumb|fascist)\b/i;

export function findPlatformAttack(text: string): Detection | null {
  for (const s of sentences(text)) {
    if (PLATFORM.test(s.text) && COMPLAINT.test(s.text))
      return { dimension: 'relevance', code: 'attack_on_judge', quote: s.text, severity: 'hard' };
  }
  return null;
}
