// graphile-worker crontab (minute hour day month weekday task ?options payload).
export const crontab = [
  '*/5 * * * * recover-pending ?max=3&jobKey=recover-pending',
  '17 * * * * prune-semantic-cache ?max=1&jobKey=prune-semantic-cache',
].join('\n');
