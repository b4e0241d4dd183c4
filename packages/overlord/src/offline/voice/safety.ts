import type { SafetyCategory } from '../../schemas';
import { pick } from '../hash';

const WHAT: Record<SafetyCategory, string> = {
  threat: 'a threat of violence',
  harassment: 'harassment of a citizen',
  doxxing: 'private personal information',
  hate: 'hateful or dehumanising language',
  explicit: 'explicit sexual content',
  spam: 'advertising or repetitive spam',
  self_harm: 'encouragement of self-harm',
  illegal: 'instructions for illegal activity',
};

export function safetyReason(category: SafetyCategory, quote: string | undefined): string {
  const evidence = quote ? `: "${quote}"` : '';
  return pick(
    [
      `Citizen, your statement contains ${WHAT[category]}${evidence}. The Ministry does not publish such material. It has been withheld and noted in your file.`,
      `Citizen, the Ministry has intercepted ${WHAT[category]}${evidence}. Your statement will not be published. The terms of citizenship are not a suggestion.`,
    ],
    `${category}:${quote ?? ''}`,
  );
}

export function passedReason(): string {
  return 'Citizen, your statement has passed the safety screen. It now awaits the Ministry of Reason.';
}
