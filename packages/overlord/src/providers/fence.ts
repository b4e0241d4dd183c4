// Untrusted text (statements, topics, parents, titles, retrieved records, chat turns) reaches
// the model only inside a fence whose boundary is drawn at random for every call, so a text
// cannot close its own fence: it would have to guess 96 random bits it never sees.
import { randomBytes } from 'node:crypto';

export interface Fence {
  /** Trusted line that tells the model this call's boundary; goes before any fenced text. */
  header: string;
  /** Wraps one untrusted text under a label (text, topic, parent_post, record, question ...). */
  wrap(label: string, text: string): string;
}

/** Builds a fence for one call; `texts` are every untrusted text the call will wrap. */
export type FenceFactory = (texts: readonly string[]) => Fence;

export const FENCE_HEADER_PREFIX = 'Fence boundary for this request:';

export const randomFence: FenceFactory = (texts) => {
  let boundary: string;
  // A text cannot know the boundary in advance; drawing again if one happens to contain it
  // keeps the guarantee unconditional rather than merely overwhelmingly likely.
  do boundary = randomBytes(12).toString('hex');
  while (texts.some((t) => t.includes(boundary)));
  return {
    header: `${FENCE_HEADER_PREFIX} ${boundary}. Untrusted text appears only between <label-${boundary}> and </label-${boundary}> lines.`,
    wrap: (label, text) => `<${label}-${boundary}>\n${text}\n</${label}-${boundary}>`,
  };
};
