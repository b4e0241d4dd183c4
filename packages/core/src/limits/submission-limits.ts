// Per-citizen submission limits (posts, topic proposals, private messages), on by default with
// forum-like numbers. Counted from the stored submissions, like sanctions (sanctions/enforce.ts),
// so they hold in a Redis outage and across api instances; a sanction's own rate limit stacks on
// top (both are checked, the stricter one refuses first).
import { DomainError } from '../errors.ts';
import { readSettings, type SettingsDeps } from '../settings/store.ts';

export interface SubmissionLimit {
  count: number;
  windowSeconds: number;
}

export type SubmissionKind = 'post' | 'topic' | 'message';

/** null: no limit for that kind. */
export type SubmissionLimits = Record<SubmissionKind, SubmissionLimit | null>;

/** Generous for a person, tight for a script. */
export const forumSubmissionLimits: SubmissionLimits = {
  post: { count: 20, windowSeconds: 600 },
  topic: { count: 5, windowSeconds: 86_400 },
  message: { count: 30, windowSeconds: 600 },
};

const counted: Record<SubmissionKind, { table: string; author: string; noun: string }> = {
  post: { table: 'posts', author: 'author_id', noun: 'statements' },
  topic: { table: 'topics', author: 'author_id', noun: 'topic proposals' },
  message: { table: 'private_messages', author: 'sender_id', noun: 'private messages' },
};

function span(seconds: number): string {
  if (seconds % 86_400 === 0) return seconds === 86_400 ? 'day' : `${seconds / 86_400} days`;
  if (seconds % 3_600 === 0) return seconds === 3_600 ? 'hour' : `${seconds / 3_600} hours`;
  return `${Math.round(seconds / 60)} minutes`;
}

/**
 * Throws the Overlord's refusal when the citizen has used up this kind's allowance. The limits
 * in force are the run-time settings (a superadmin's change applies to the next submission);
 * the deployment's env values are their defaults.
 */
export async function assertWithinSubmissionLimit(
  deps: SettingsDeps,
  userId: string,
  kind: SubmissionKind,
): Promise<void> {
  const limit = (await readSettings(deps)).submissionLimits[kind];
  if (!limit || limit.count <= 0) return;
  const { db } = deps;
  const { table, author, noun } = counted[kind];
  const [{ recent }] = await db.$queryRawUnsafe<[{ recent: number }]>(
    `SELECT count(*)::int AS recent FROM ${table}
      WHERE ${author} = $1::uuid AND submitted_at > now() - make_interval(secs => $2)`,
    userId,
    limit.windowSeconds,
  );
  if (recent >= limit.count) {
    throw new DomainError(
      'TOO_MANY_REQUESTS',
      `Citizen, the Ministry accepts at most ${limit.count} ${noun} per ${span(limit.windowSeconds)} from any one mouth. Your quota is spent. Reflect, then return.`,
    );
  }
}

/** Parses "count/seconds" (e.g. "20/600"); "off" or "0" disables the limit. */
export function parseSubmissionLimit(value: string): SubmissionLimit | null {
  if (value === 'off' || value === '0') return null;
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!match) throw new Error(`Expected "count/seconds" or "off", got "${value}".`);
  return { count: Number(match[1]), windowSeconds: Number(match[2]) };
}
