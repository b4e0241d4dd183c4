// bench:pipeline — end-to-end verdict throughput with the offline judge, against bare
// graphile-worker no-op jobs, one per post (issue target: ratio ≥ 0.5). The pipeline runs the
// real scheduler: one review job per topic, re-queued after every verdict.
//   npm run bench:pipeline [-- --posts 10000 --topics 100 --concurrency 8]
import { parseArgs } from 'node:util';

import type { Deps } from '@overlord/core';
import { createDb } from '@overlord/db';
import { enqueueReview } from '@overlord/jobs';
import { createOfflineOverlord } from '@overlord/overlord';
import { createRedis, whenReady } from '@overlord/redis';
import { Logger, run, type TaskList } from 'graphile-worker';
import pg from 'pg';

import { createTaskList } from '../apps/worker/src/tasks/index.ts';
import { startBenchStack } from './stack.ts';

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '10000' },
    topics: { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '8' },
  },
});
const POSTS = Number(values.posts);
const TOPICS = Number(values.topics);
const CONCURRENCY = Number(values.concurrency);

const bodies = [
  'Replacing coal with nuclear power cuts emissions because reactors burn no fossil fuel, according to the IAEA.',
  'You are an idiot if you believe this, the whole idea is stupid.',
  'If we allow this, next thing you know everything will collapse and nobody will be safe.',
  'Free public transport helps the poorest riders because fares are a larger share of their income.',
  'Everyone knows this is true.',
];

const stack = await startBenchStack('bench_pipeline');
const db = createDb({ url: stack.databaseUrl, maxConnections: CONCURRENCY + 4 });
const redis = createRedis(stack.redisUrl, 'bench');
await whenReady(redis, 5_000);
const silent = new Logger(() => () => {});
const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 4 });
pool.on('error', () => {}); // idle-client errors surface through the queries that use them

/** Runs graphile-worker with `taskList` until `done()` says so; returns jobs per second. */
async function drain(
  taskList: TaskList,
  jobs: number,
  done: () => Promise<boolean>,
): Promise<number> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const runner = await run({
    pgPool: pool,
    concurrency: CONCURRENCY,
    pollInterval: 100,
    taskList,
    noHandleSignals: true,
    logger: silent,
  });
  while (!(await done())) await new Promise((r) => setTimeout(r, 100));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  await runner.stop();
  // Where the time goes: this process's CPU per job (the rest is PostgreSQL and Redis).
  console.log(
    `  worker process CPU: ${((used.user + used.system) / 1000 / jobs).toFixed(2)} ms per job over ${seconds.toFixed(1)} s`,
  );
  return jobs / seconds;
}

async function pendingJobs(): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(
    'SELECT count(*) AS n FROM graphile_worker.jobs',
  );
  return Number(rows[0]!.n);
}

try {
  // Many citizens, as in life: one author would serialise every verdict on one row lock.
  await db.$executeRawUnsafe(`
    INSERT INTO users (id, username, updated_at)
    SELECT gen_random_uuid(), 'bench_citizen_' || g, now() FROM generate_series(1, 1000) g`);
  const authors = (await db.user.findMany({ select: { id: true } })).map((u) => u.id);
  const topicIds: string[] = [];
  for (let t = 0; t < TOPICS; t++) {
    const topic = await db.topic.create({
      data: {
        title: `Should nuclear power replace coal? (${t})`,
        description:
          'Cost, safety, waste and emissions of replacing coal plants with nuclear reactors.',
        status: 'approved',
        isSystem: true,
      },
      select: { id: true },
    });
    topicIds.push(topic.id);
  }

  // Baseline: the same number of no-op jobs.
  const client = await pool.connect();
  const addNoops = async () => {
    await client.query('BEGIN');
    for (let i = 0; i < POSTS; i++) {
      // Keyless, unlike the real recover-pending job: one no-op job per post.
      await client.query(
        `SELECT graphile_worker.add_job('recover-pending', '{}'::json, run_at => $1::timestamptz)`,
        [new Date(Date.now() - (POSTS - i))],
      );
    }
    await client.query('COMMIT');
  };
  await addNoops();
  const baseline = await drain(
    { 'recover-pending': async () => {} },
    POSTS,
    async () => (await pendingJobs()) === 0,
  );
  console.log(
    `baseline: ${POSTS} no-op jobs over ${TOPICS} topics → ${baseline.toFixed(0)} jobs/s`,
  );

  // Pipeline: real posts, real evaluation, verdicts and events written.
  let t = performance.now();
  await client.query('BEGIN');
  for (let i = 0; i < POSTS; i++) {
    const topicId = topicIds[i % TOPICS]!;
    const submittedAt = new Date(Date.now() - (POSTS - i));
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO posts (id, topic_id, author_id, body, status, submitted_at, updated_at)
       VALUES (gen_random_uuid(), $1, $2, $3, 'pending', $4, now()) RETURNING id`,
      [topicId, authors[i % authors.length], bodies[i % bodies.length], submittedAt],
    );
    // As a submission does: the topic's review job, kept if it is already waiting.
    await enqueueReview((sql, ...p) => client.query(sql, p), 'post', topicId, {
      runAt: submittedAt,
    });
    void rows;
  }
  await client.query('COMMIT');
  client.release();
  console.log(`queued ${POSTS} posts in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const deps: Deps = { db, redis, overlord: createOfflineOverlord() };
  t = performance.now();
  const pipeline = await drain(
    createTaskList(deps),
    POSTS,
    async () => (await db.post.count({ where: { status: 'pending' } })) === 0,
  );
  const verdicts = await db.post.groupBy({ by: ['status'], _count: { _all: true } });
  console.log(
    `pipeline: ${POSTS} posts judged → ${pipeline.toFixed(0)} verdicts/s (${verdicts.map((v) => `${v.status} ${v._count._all}`).join(', ')})`,
  );
  console.log(
    `ratio verdicts/s ÷ no-op jobs/s = ${(pipeline / baseline).toFixed(2)}  [target ≥ 0.5]`,
  );
} finally {
  redis.disconnect();
  await pool.end();
  await db.$disconnect();
  await stack.stop();
}
