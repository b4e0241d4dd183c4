// graphile-worker crontab (minute hour day month weekday task ?options payload).
export const crontab = [
  '*/5 * * * * recover-pending ?max=3&jobKey=recover-pending',
  // Minutely for citizens judged in the last 10 minutes (missed runs are covered); once at
  // start-up for everyone (runner.ts).
  '* * * * * award-badges ?max=1&jobKey=award-badges-recent&priority=10 {sinceMinutes:10}',
  // Closing an account erases it at once (a job); this sweep catches any the job missed.
  '41 * * * * erase-accounts ?max=3&jobKey=erase-accounts&priority=10',
  '23 3 * * * apply-retention ?max=3&jobKey=apply-retention&priority=10',
  '17 * * * * prune-semantic-cache ?max=1&jobKey=prune-semantic-cache',
  // Also runs once at start-up (runner.ts), so a fresh or flushed Redis gets ranks at once.
  '*/30 * * * * rebuild-leaderboard ?max=1&jobKey=rebuild-leaderboard&priority=10',
].join('\n');
