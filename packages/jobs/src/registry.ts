// The one job registry: every job definition, by task name. The worker builds its task list
// from it (a task per definition, checked by the type system) and its crontab from the
// definitions' schedules.
import type { z } from 'zod';

import type { JobDefinition } from './define.ts';
import { applyRetentionJob } from './tasks/apply-retention.ts';
import { awardBadgesJob } from './tasks/award-badges.ts';
import { embedContentJob } from './tasks/embed-content.ts';
import { eraseAccountsJob } from './tasks/erase-accounts.ts';
import { evaluateMessagesJob } from './tasks/evaluate-messages.ts';
import { evaluatePostsJob } from './tasks/evaluate-posts.ts';
import { evaluateTopicsJob } from './tasks/evaluate-topics.ts';
import { notifyFollowersJob } from './tasks/notify-followers.ts';
import { pruneSemanticCacheJob } from './tasks/prune-semantic-cache.ts';
import { rebuildLeaderboardJob } from './tasks/rebuild-leaderboard.ts';
import { recoverPendingJob } from './tasks/recover-pending.ts';
import { reembedContentJob } from './tasks/reembed-content.ts';

export const jobs = {
  [evaluatePostsJob.name]: evaluatePostsJob,
  [evaluateTopicsJob.name]: evaluateTopicsJob,
  [evaluateMessagesJob.name]: evaluateMessagesJob,
  [recoverPendingJob.name]: recoverPendingJob,
  [embedContentJob.name]: embedContentJob,
  [reembedContentJob.name]: reembedContentJob,
  [pruneSemanticCacheJob.name]: pruneSemanticCacheJob,
  [awardBadgesJob.name]: awardBadgesJob,
  [eraseAccountsJob.name]: eraseAccountsJob,
  [applyRetentionJob.name]: applyRetentionJob,
  [rebuildLeaderboardJob.name]: rebuildLeaderboardJob,
  [notifyFollowersJob.name]: notifyFollowersJob,
} as const;

export type JobName = keyof typeof jobs;
export type Job<N extends JobName = JobName> = (typeof jobs)[N];
export type JobPayload<N extends JobName> =
  (typeof jobs)[N] extends JobDefinition<string, infer S> ? z.output<S> : never;

/** The payload schema of every task, by name. */
export const jobPayloads = Object.fromEntries(
  Object.values(jobs).map((job) => [job.name, job.schema]),
) as { [N in JobName]: (typeof jobs)[N]['schema'] };

/** Parses a payload at run time; throws a readable error that graphile-worker records on the job. */
export function parsePayload<N extends JobName>(name: N, payload: unknown): JobPayload<N> {
  return jobs[name].parse(payload) as JobPayload<N>;
}

/**
 * graphile-worker's crontab (minute hour day month weekday task ?options payload), from the
 * definitions that have a schedule: name, key and priority come from the definition.
 */
export function crontabOf(definitions: readonly JobDefinition[] = Object.values(jobs)): string {
  return definitions
    .flatMap((job) => {
      if (!job.schedule) return [];
      const { pattern, payload, maxAttempts, priority = job.priority } = job.schedule;
      const parsed = job.parse(payload ?? {});
      const key = job.key(parsed);
      const options = [
        `max=${maxAttempts}`,
        ...(key === null ? [] : [`jobKey=${key}`, `jobKeyMode=${job.keyMode}`]),
        ...(priority === 0 ? [] : [`priority=${priority}`]),
      ].join('&');
      return [
        `${pattern} ${job.name} ?${options}${payload === undefined ? '' : ` ${JSON.stringify(parsed)}`}`,
      ];
    })
    .join('\n');
}
