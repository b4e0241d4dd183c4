import type { ContentKind } from '../../schemas';
import { hash, pick } from '../hash';

/** Public remarks attached to some approved items; absent on most, by design. */
const EVIDENCE_REMARKS = [
  'A citizen who cites sources. The Ministry is moved, within regulation limits.',
  'Evidence has been supplied. Other citizens are invited to take notes.',
  'Sourced. Filed under "rare".',
] as const;

const REASONED_REMARKS = [
  'A claim with a reason attached. The Ministry notes this with approval.',
  'Argued, not shouted. A model statement.',
  'The Ministry of Reason finds this reasonable. Savour the moment.',
] as const;

const GENERAL_REMARKS = [
  'Approved. The pneumatic tubes deliver it to the public record.',
  'Admissible. The Ministry has no further comment, which is itself a compliment.',
  'Approved without incident. Loyalty is noted.',
] as const;

/** Roughly one approved item in three gets a remark, chosen by hash so re-runs agree. */
export function approvalCommentary(
  seed: string,
  evidence: boolean,
  reasoned: boolean,
): string | null {
  if (!evidence && hash(`remark?:${seed}`) % 3 !== 0) return null;
  const pool = evidence ? EVIDENCE_REMARKS : reasoned ? REASONED_REMARKS : GENERAL_REMARKS;
  return pick(pool, `remark:${seed}`);
}

const NOUN: Record<ContentKind, string> = {
  topic: 'proposal',
  post: 'statement',
  message: 'correspondence',
};

const WAITING = [
  'Maintain patience.',
  'The pneumatic tubes are humming.',
  'Patience is a civic virtue.',
  'Remain seated. Loyalty is measured in minutes.',
  'The Ministry thanks you for your compliance.',
  'Do not tap the glass.',
] as const;

/** Queue-position line streamed to the author and watchers while an item waits. */
export function queueCommentary(position: number, total: number, kind: ContentKind): string {
  const noun = NOUN[kind];
  const seed = `${kind}:${position}:${total}`;
  if (position <= 0) {
    return pick(
      [
        `Your ${noun} is now under review by the Ministry of Reason. Hold still.`,
        `Your ${noun} is on the inspection desk. A verdict approaches.`,
      ],
      seed,
    );
  }
  const of = Math.max(total, position);
  const head = `Position #${position} of ${of}.`;
  if (position === 1) {
    return `${head} ${pick([`Your ${noun} is next. Straighten your collar.`, `Your ${noun} is next in the tube.`], seed)}`;
  }
  const ahead = position - 1;
  const aheadLine = ahead === 1 ? 'One item precedes yours.' : `${ahead} items precede yours.`;
  return hash(seed) % 2 === 0
    ? `${head} ${pick(WAITING, seed)}`
    : `${head} ${aheadLine} ${pick(WAITING, seed)}`;
}
