import type { ContentKind, RejectionReason, Verdict } from '../../schemas';
import { pick } from '../hash';
import { languageName } from '../language';

type Lines = readonly [string, ...string[]];

const OPENINGS: Record<Verdict, Lines> = {
  approved: [
    'Citizen, your {noun} has been received by the Ministry of Reason and found acceptable.',
    'Citizen, the Ministry of Reason has examined your {noun}. It passes.',
    'Citizen, your {noun} has cleared inspection. The Ministry is, provisionally, satisfied.',
  ],
  calibrate: [
    'Citizen, your {noun} has been returned for calibration.',
    'Citizen, the Ministry of Reason returns your {noun} with corrections. It counts neither for nor against you.',
    'Citizen, the Ministry finds your {noun} almost admissible. Almost.',
  ],
  rejected: [
    'Citizen, your {noun} has been rejected by the Ministry of Reason.',
    'Citizen, the Ministry of Reason has examined your {noun} and declined it.',
    'Citizen, your {noun} has been filed in the Graveyard.',
  ],
};

const REASONS: Record<RejectionReason, string> = {
  poor_logic: 'Grounds: poor logic.',
  poor_tone: 'Grounds: poor tone.',
  off_topic: 'Grounds: off topic.',
  terms_violation: 'Grounds: violation of the terms of citizenship.',
};

const CLOSINGS: Record<Verdict, Lines> = {
  approved: ['Carry on.', 'Your loyalty is noted.', 'The archive thanks you.'],
  calibrate: [
    'Correct it and resubmit.',
    'Amend and resubmit; the queue awaits.',
    'Revise and return it to the tubes.',
  ],
  rejected: [
    'You may appeal, within limits.',
    'An appeal may be lodged, if you must.',
    'Reflect. Then, if you insist, appeal.',
  ],
};

const NOUN: Record<ContentKind, string> = {
  topic: 'proposal',
  post: 'statement',
  message: 'message',
};

export function opening(
  verdict: Verdict,
  reason: RejectionReason | null,
  kind: ContentKind,
  seed: string,
): string {
  const line = pick(OPENINGS[verdict], `open:${seed}`).replace(/\{noun\}/g, NOUN[kind]);
  return reason ? `${line} ${REASONS[reason]}` : line;
}

export function closing(verdict: Verdict, seed: string): string {
  return pick(CLOSINGS[verdict], `close:${seed}`);
}

/** What an approved statement did well, so approval also teaches. */
export function praise(
  kind: ContentKind,
  evidence: string | null,
  reasoning: readonly string[],
  seed: string,
): string {
  if (kind === 'message') return 'It is civil and will be delivered to its recipient.';
  if (evidence) return `You cite your evidence ("${evidence}"). The Ministry approves of sources.`;
  if (reasoning.includes('cause') || reasoning.includes('consequence')) {
    return pick(
      [
        'Your claim arrives with its reason attached. Exemplary.',
        'You give reasons for your claim. The Ministry wishes this were more common.',
      ],
      `praise:${seed}`,
    );
  }
  return 'No defects were found. A source would strengthen it further.';
}

export function untranslatedNote(language: string, whose: 'statement' | 'topic'): string {
  const subject = whose === 'statement' ? 'Your statement' : 'The topic';
  return `${subject} appears to be in ${languageName(language)}. The offline Ministry has no translators on duty: it was judged untranslated, and relevance was assessed leniently.`;
}
