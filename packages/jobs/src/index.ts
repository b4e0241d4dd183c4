export {
  BACKGROUND_PRIORITY,
  defineJob,
  type EnqueueOptions,
  type JobDefinition,
  type JobKeyMode,
  type JobSchedule,
  type JobSpec,
  type SqlExecutor,
} from './define.ts';
export {
  crontabOf,
  type Job,
  type JobName,
  type JobPayload,
  jobPayloads,
  jobs,
  parsePayload,
} from './registry.ts';
export {
  enqueueReview,
  parseReviewQueue,
  reviewJob,
  reviewJobKeySql,
  reviewJobParams,
  reviewJobSql,
  type ReviewJob,
  type ReviewKind,
} from './review.ts';
export {
  liveJobWithKeySql,
  lockingWorkersSql,
  runningJobSql,
  unlockWorkersSql,
} from './job-state.ts';
export { runJobMigrations } from './migrations.ts';
export { applyRetentionJob } from './tasks/apply-retention.ts';
export { awardBadgesJob } from './tasks/award-badges.ts';
export { embedContentJob } from './tasks/embed-content.ts';
export { eraseAccountsJob } from './tasks/erase-accounts.ts';
export { evaluateMessagesJob } from './tasks/evaluate-messages.ts';
export { evaluatePostsJob } from './tasks/evaluate-posts.ts';
export { evaluateTopicsJob } from './tasks/evaluate-topics.ts';
export { notifyFollowersJob } from './tasks/notify-followers.ts';
export { pruneSemanticCacheJob } from './tasks/prune-semantic-cache.ts';
export { rebuildLeaderboardJob } from './tasks/rebuild-leaderboard.ts';
export { recoverPendingJob } from './tasks/recover-pending.ts';
export { reembedContentJob } from './tasks/reembed-content.ts';
