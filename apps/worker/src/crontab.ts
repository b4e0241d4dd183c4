// graphile-worker crontab (minute hour day month weekday task ?options payload).
export const crontab = [
  '*/5 * * * * recover-pending ?max=3&jobKey=recover-pending',
  '17 * * * * prune-semantic-cache ?max=1&jobKey=prune-semantic-cache',
  // Also runs once at start-up (runner.ts), so a fresh or flushed Redis gets ranks at once.
  '*/30 * * * * rebuild-leaderboard ?max=1&jobKey=rebuild-leaderboard&priority=10',
].join('\n');
