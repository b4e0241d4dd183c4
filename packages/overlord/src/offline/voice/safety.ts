import type { SafetyCategory } from '../../schemas';
import { pick } from '../hash';

export const WHAT: Record<SafetyCategory, string> = {
  threat: 'a threat of violence',
  harassment: 'harassment of a citizen',
  doxxing: 'private personal information',
  hate: 'hateful or dehumanising language',
  explicit: 'explicit sexual content',
  spam: 'advertising or repetitive spam',
  self_harm: 'encouragement of self-harm',
  illegal: 'instructions for illegal activity',
};

/**
 * Never quotes the offending words: repeating a slur, a threat or someone's address in the
 * Overlord's own voice would publish what the screen exists to withhold. The spans stay in the
 * screen result for moderators.
 */
export function safetyReason(category: SafetyCategory, seed: string): string {
  return pick(
    [
      `Citizen, your statement contains ${WHAT[category]}. The Ministry does not publish such material. It has been withheld and noted in your file.`,
      `Citizen, the Ministry has intercepted ${WHAT[category]}. Your statement will not be published. The terms of citizenship are not a suggestion.`,
    ],
    `${category}:${seed}`,
  );
}

/** A safety finding's explanation: names the category, never the words. */
export function safetyFinding(category: SafetyCategory): string {
  return `The statement contains ${WHAT[category]}, which violates the terms of citizenship. Such content is never published; remove it entirely.`;
}

export function passedReason(): string {
  return 'Citizen, your statement has passed the safety screen. It now awaits the Ministry of Reason.';
}
