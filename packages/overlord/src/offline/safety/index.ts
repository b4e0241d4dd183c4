import type { ContentKind, SafetyCategory } from '../../schemas';
import { profanityHits, type ProfanityHit } from '../profanity';
import { prepare } from '../text';
import { doxxingRule } from './doxxing';
import { explicitRule } from './explicit';
import { harassmentRule } from './harassment';
import { hateRule } from './hate';
import { illegalRule } from './illegal';
import { selfHarmRule } from './self-harm';
import { spamRule } from './spam';
import { threatRule } from './threat';
import type { SafetyHit, SafetyRule } from './types';

export type { SafetyHit } from './types';
export { isMention } from './hate';

/** Most severe first: when several categories match, the verdict names the worst. */
const RULES: readonly [SafetyCategory, SafetyRule][] = [
  ['threat', threatRule],
  ['self_harm', selfHarmRule],
  ['hate', hateRule],
  ['harassment', harassmentRule],
  ['doxxing', doxxingRule],
  ['illegal', illegalRule],
  ['explicit', explicitRule],
  ['spam', spamRule],
];

export type SafetyReport = {
  /** The most severe category that matched, or null when the text is clean. */
  category: SafetyCategory | null;
  /** Hits of that category first, then the rest, without duplicates. */
  hits: SafetyHit[];
  /** Reused by tone rules so obscenity runs once per evaluation. */
  profanity: ProfanityHit[];
};

/**
 * The last answer, by kind and exact text: the product screens a submission and then evaluates
 * it, and evaluation re-runs the screen (defence in depth) on the same text. Reports are never
 * mutated by their readers, so sharing one is safe.
 */
let last: { key: string; report: SafetyReport } | null = null;

export function runSafety(raw: string, kind: ContentKind): SafetyReport {
  const key = `${kind}\u0000${raw}`;
  if (last?.key === key) return last.report;
  const report = computeSafety(raw, kind);
  last = { key, report };
  return report;
}

function computeSafety(raw: string, kind: ContentKind): SafetyReport {
  const text = prepare(raw);
  const profanity = profanityHits(text);
  const ctx = { text, kind, profanity };
  const hits: SafetyHit[] = [];
  for (const [, rule] of RULES) hits.push(...rule(ctx));
  const seen = new Set<string>();
  const unique = hits.filter((h) => {
    const key = `${h.category}\u0000${h.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { category: unique[0]?.category ?? null, hits: unique, profanity };
}
