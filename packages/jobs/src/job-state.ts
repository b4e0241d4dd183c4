// What the rest of the code may ask graphile-worker about its jobs, through its public `jobs`
// view and functions only: its private tables change between versions (see docs/decisions.md,
// "One definition per job").

/** SQL: a job with the key `keyExpr` still counts: running, or waiting with attempts left. */
export const liveJobWithKeySql = (keyExpr: string): string => `EXISTS (
  SELECT 1 FROM graphile_worker.jobs j
   WHERE j.key = ${keyExpr} AND (j.locked_at IS NOT NULL OR j.attempts < j.max_attempts))`;

/** SQL: the job with id `idExpr` is running (locked by a worker). */
export const runningJobSql = (idExpr: string): string => `EXISTS (
  SELECT 1 FROM graphile_worker.jobs j WHERE j.id = ${idExpr} AND j.locked_at IS NOT NULL)`;

/**
 * SQL: the worker ids holding job locks taken before `$<graceParam>` seconds ago. A worker
 * locks a job and its named queue together and frees them together, so the jobs' locks name
 * every worker that holds a queue.
 */
export const lockingWorkersSql = (graceParam: number): string =>
  `SELECT DISTINCT locked_by AS id FROM graphile_worker.jobs
    WHERE locked_by IS NOT NULL AND locked_at < now() - make_interval(secs => $${graceParam})`;

/** SQL: frees every job and queue locked by the workers in `$<idsParam>` (a text array). */
export const unlockWorkersSql = (idsParam: number): string =>
  `SELECT graphile_worker.force_unlock_workers($${idsParam}::text[])`;
