// bench:pipeline-llm — the review scheduler against a model that behaves like a hosted one: the
// local Anthropic wire-API server with a load profile (lognormal latency, median 1.5 s, p99 6 s;
// 3 % 429/529 with retry-after; 1 % malformed output; seeded). Real worker processes judge
// through the real provider client and its own retries.
//   npm run bench:pipeline-llm [-- --window 120 --runs 3 --concurrency 64 --topics 500]
// Scenarios, each run `--runs` times (min / median / max printed):
//   saturation: posts arrive open-loop (Poisson) at 1.5 × the Little's-law bound
//     (concurrency ÷ mean model latency) over `--topics` topics; verdicts/s over the window ÷
//     the bound (target ≥ 0.8); the same with two worker processes ÷ one (target ≥ 1.8).
//   hot topic: one topic gets posts faster than one model call per post can serve, the other
//     topics steady traffic at half the bound; each quiet post's wait from reaching the head of
//     its topic to being claimed (target p99 ≤ 1 s).
//   both: order violations per topic from claim and verdict times in the database (target 0).
import { parseArgs } from 'node:util';

import { insertQueuedPost } from '@overlord/core';
import { createDb, type Db } from '@overlord/db';

import { busyModelProfile, createLoad } from '../packages/overlord/test/vendors/server.ts';
import { startAnthropicServer } from '../packages/overlord/test/vendors/anthropic.ts';
import { killChildren, machine, spread, startWorker, workerPoolUse } from './processes.ts';
import { percentiles, startBenchStack } from './stack.ts';

const { values } = parseArgs({
  options: {
    window: { type: 'string', default: '120' },
    runs: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '64' },
    topics: { type: 'string', default: '500' },
    scenarios: { type: 'string', default: 'saturation,hot' },
    /** Extra worker env, e.g. "WORKER_DB_POOL_SIZE=20,WORKER_QUEUE_POOL_SIZE=6". */
    'worker-env': { type: 'string', default: '' },
  },
});
const WINDOW_S = Number(values.window);
const RUNS = Number(values.runs);
const CONCURRENCY = Number(values.concurrency);
const TOPICS = Number(values.topics);
const SCENARIOS = new Set(values.scenarios.split(','));
const WORKER_ENV = Object.fromEntries(
  values['worker-env']
    .split(',')
    .filter(Boolean)
    .map((kv) => kv.split('=') as [string, string]),
);
/** Verdicts in the first seconds come from an empty system filling up: counted after this. */
const WARMUP_S = Math.min(5, WINDOW_S / 6);

/** The profile's mean latency, measured from the seeded draws rather than from the formula. */
function meanLatencySeconds(): number {
  const draw = createLoad({ ...busyModelProfile, overloadedRate: 0, malformedRate: 0, seed: 99 });
  let sum = 0;
  const n = 200_000;
  for (let i = 0; i < n; i++) sum += draw().delayMs;
  return sum / n / 1000;
}
const MEAN_LATENCY_S = meanLatencySeconds();
const BOUND_PER_WORKER = CONCURRENCY / MEAN_LATENCY_S;

const stack = await startBenchStack('bench_pipeline_llm');
const db = createDb({ url: stack.databaseUrl, maxConnections: 24 });

function exponential(ratePerSecond: number): number {
  return -Math.log(1 - Math.random()) / ratePerSecond;
}

async function createTopics(n: number, run: string): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `INSERT INTO topics (id, title, description, status, is_system, submitted_at, decided_at, updated_at)
     SELECT gen_random_uuid(), 'Should district ' || g || ' fund night buses? (' || $1 || ')',
            'Night buses let shift workers reach jobs, because most shifts end after the last train.',
            'approved', true, now(), now(), now()
       FROM generate_series(1, $2::int) g
     RETURNING id::text`,
    run,
    n,
  );
  return rows.map((r) => r.id);
}

const bodies = [
  'Night buses let shift workers reach their jobs, because most shifts end after the last train',
  'Frequent service matters more than fares, because riders choose transit when the wait is short',
  'Bus lanes speed up every route, because buses stop waiting in car traffic at junctions',
  'Trams carry more riders per driver than buses, so their staff cost per trip is lower',
];

/** Posts arrive open-loop: each at its own Poisson time, whatever the system is doing. */
async function arrive(
  authors: string[],
  streams: { topics: string[]; ratePerSecond: number }[],
  seconds: number,
): Promise<{ sent: number; lost: number }> {
  const started = performance.now();
  let sent = 0;
  // An arrival that cannot get a connection within a minute is counted, not fatal: the
  // figure says the machine (not the queue design) was the limit.
  let lost = 0;
  const inFlight = new Set<Promise<unknown>>();
  await Promise.all(
    streams.map(async ({ topics, ratePerSecond }) => {
      let at = exponential(ratePerSecond);
      while (at < seconds) {
        const wait = started + at * 1000 - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const n = sent++;
        const topicId = topics[Math.floor(Math.random() * topics.length)]!;
        const p = db
          .$transaction(
            (tx) =>
              insertQueuedPost(tx, {
                topicId,
                authorId: authors[n % authors.length]!,
                parentId: null,
                resubmissionOfId: null,
                body: `${bodies[n % bodies.length]} (statement ${n}, ${Math.random().toString(36).slice(2)}).`,
              }),
            // A loaded, shared machine: wait for a connection rather than drop the arrival.
            { maxWait: 60_000, timeout: 60_000 },
          )
          .catch(() => {
            lost++;
          })
          .finally(() => inFlight.delete(p));
        inFlight.add(p);
        at += exponential(ratePerSecond);
      }
    }),
  );
  await Promise.all(inFlight);
  return { sent, lost };
}

interface Timed {
  topic_id: string;
  submitted_at: Date;
  review_started_at: Date | null;
  decided_at: Date | null;
}

/** Per topic, in submission order: the next may enter review only after the previous verdict. */
function orderViolations(rows: Timed[]): number {
  let violations = 0;
  const byTopic = new Map<string, Timed[]>();
  for (const r of rows) byTopic.set(r.topic_id, [...(byTopic.get(r.topic_id) ?? []), r]);
  for (const posts of byTopic.values()) {
    for (let i = 1; i < posts.length; i++) {
      const prev = posts[i - 1]!;
      const next = posts[i]!;
      if (!next.review_started_at) continue;
      if (!prev.decided_at || next.review_started_at < prev.decided_at) violations++;
      else if (next.decided_at && next.decided_at < prev.decided_at) violations++;
    }
  }
  return violations;
}

async function postsOf(topics: string[]): Promise<Timed[]> {
  // Ordered by the full microsecond stamps in SQL.
  return db.$queryRawUnsafe<Timed[]>(
    `SELECT topic_id::text, submitted_at, review_started_at, decided_at FROM posts
      WHERE topic_id = ANY($1::uuid[]) ORDER BY topic_id, submitted_at, id`,
    topics,
  );
}

async function startWorkers(count: number, vendorUrl: string) {
  return Promise.all(
    Array.from({ length: count }, () =>
      startWorker({
        databaseUrl: stack.databaseUrl,
        redisUrl: stack.redisUrl,
        env: {
          WORKER_CONCURRENCY: String(CONCURRENCY),
          OVERLORD_PROVIDER: 'anthropic',
          ANTHROPIC_API_KEY: 'sk-ant-local',
          ANTHROPIC_BASE_URL: vendorUrl,
          ANTHROPIC_MODEL: 'claude-sonnet-4-5',
          ANTHROPIC_FAST_MODEL: 'claude-haiku-4-5',
          OVERLORD_TIMEOUT_MS: '20000',
          OVERLORD_CACHE_TTL_SECONDS: '0',
          REVIEW_RETRY_BASE_SECONDS: '1',
          // The bench makes thousands of calls an hour; the budget is not what it measures.
          MODEL_CALLS_PER_HOUR: '0',
          ...WORKER_ENV,
        },
      }),
    ),
  );
}

interface RunResult {
  verdictsPerSecond: number;
  violations: number;
  decided: number;
  sent: number;
  lost: number;
  quietWaitP99?: number;
  quietWaitP50?: number;
  pools: string;
}

async function runScenario(
  kind: 'saturation' | 'hot',
  workers: number,
  run: number,
  authors: string[],
): Promise<RunResult> {
  const vendor = await startAnthropicServer({ profile: { ...busyModelProfile, seed: run + 1 } });
  const procs = await startWorkers(workers, vendor.url);
  const topics = await createTopics(TOPICS, `${kind}-${workers}-${run}`);
  const bound = BOUND_PER_WORKER * workers;
  try {
    const t0 = new Date();
    const streams =
      kind === 'saturation'
        ? [{ topics, ratePerSecond: 1.5 * bound }]
        : [
            // One call per post serves 1 / mean latency posts a second; twice that arrives.
            { topics: topics.slice(0, 1), ratePerSecond: 2 / MEAN_LATENCY_S },
            { topics: topics.slice(1), ratePerSecond: 0.5 * bound },
          ];
    // How many reviews are in flight (locked jobs), sampled each second: the concurrency used.
    const inFlight: number[] = [];
    const sampler = setInterval(() => {
      void db
        .$queryRawUnsafe<[{ n: number }]>(
          `SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE locked_at IS NOT NULL`,
        )
        .then(([row]) => inFlight.push(row.n))
        .catch(() => {});
    }, 1_000);
    const { sent, lost } = await arrive(authors, streams, WINDOW_S);
    clearInterval(sampler);
    const t1 = new Date(t0.getTime() + WINDOW_S * 1000);
    // Let what is in review finish (claims and verdicts of the window are what we count).
    await new Promise((r) => setTimeout(r, 3_000));
    const from = new Date(t0.getTime() + WARMUP_S * 1000);
    const [{ n }] = await db.$queryRawUnsafe<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM posts
        WHERE topic_id = ANY($1::uuid[]) AND decided_at >= $2 AND decided_at < $3`,
      topics,
      from,
      t1,
    );
    const rows = await postsOf(topics);
    const pools = (await Promise.all(procs.map((p) => workerPoolUse(p.healthUrl))))
      .map(
        (use, i) =>
          `worker ${i + 1}: ${Object.entries(use)
            .map(([name, u]) => `${name} ${u.peak}/${u.max} (waiting peak ${u.waitingPeak})`)
            .join(', ')}`,
      )
      .join('; ');
    const result: RunResult = {
      verdictsPerSecond: n / (WINDOW_S - WARMUP_S),
      violations: orderViolations(rows),
      decided: rows.filter((r) => r.decided_at).length,
      sent,
      lost,
      pools,
    };
    if (kind === 'hot') {
      // A quiet post reaches the head when it is submitted or when its predecessor is decided,
      // whichever is later; it is claimed when its review starts.
      const waits: number[] = [];
      const quiet = new Set(topics.slice(1));
      let prev: Timed | null = null;
      for (const r of rows) {
        const predecessor = prev && prev.topic_id === r.topic_id ? prev : null;
        prev = r;
        if (!quiet.has(r.topic_id) || !r.review_started_at || r.submitted_at < from) continue;
        if (predecessor && !predecessor.decided_at) continue;
        const head = Math.max(r.submitted_at.getTime(), predecessor?.decided_at?.getTime() ?? 0);
        waits.push(Math.max(0, r.review_started_at.getTime() - head));
      }
      const p = percentiles(waits);
      result.quietWaitP99 = p.p99 / 1000;
      result.quietWaitP50 = p.p50 / 1000;
    }
    console.log(
      `  ${kind} run ${run + 1}, ${workers} worker(s): sent ${sent}${lost ? ` (${lost} arrivals lost: no connection within 60 s)` : ''}, ${result.verdictsPerSecond.toFixed(1)} verdicts/s (bound ${bound.toFixed(1)}), order violations ${result.violations}` +
        (result.quietWaitP99 !== undefined
          ? `, quiet head→claim p50 ${result.quietWaitP50!.toFixed(3)} s p99 ${result.quietWaitP99.toFixed(3)} s`
          : '') +
        `; jobs running mean ${(inFlight.reduce((a, b) => a + b, 0) / Math.max(1, inFlight.length)).toFixed(1)}; pools (peak/max) ${pools}; model calls ${vendor.calls('/messages').length}`,
    );
    return result;
  } finally {
    await Promise.all(procs.map((p) => p.stop()));
    await vendor.close();
    // The rest of this run's backlog must not judge into the next run.
    await db.$executeRawUnsafe(
      `UPDATE posts SET status = 'rejected', decided_at = now()
        WHERE topic_id = ANY($1::uuid[]) AND status = 'pending'`,
      topics,
    );
    await db.$executeRawUnsafe(`DELETE FROM graphile_worker._private_jobs`);
    await db.$executeRawUnsafe(`DELETE FROM review_claims`);
  }
}

async function seedAuthors(database: Db): Promise<string[]> {
  await database.$executeRawUnsafe(`
    INSERT INTO users (id, username, updated_at)
    SELECT gen_random_uuid(), 'bench_citizen_' || g, now() FROM generate_series(1, 1000) g`);
  return (await database.user.findMany({ select: { id: true } })).map((u) => u.id);
}

try {
  const authors = await seedAuthors(db);
  console.log(
    `bench:pipeline-llm — ${machine()}; window ${WINDOW_S} s (first ${WARMUP_S} s not counted), ${RUNS} run(s), concurrency ${CONCURRENCY} per worker, ${TOPICS} topics`,
  );
  console.log(
    `model stand-in: lognormal median ${busyModelProfile.medianMs} ms, p99 ${busyModelProfile.p99Ms} ms (mean ${MEAN_LATENCY_S.toFixed(2)} s), ${busyModelProfile.overloadedRate * 100} % 429/529, ${busyModelProfile.malformedRate * 100} % malformed; Little's-law bound ${BOUND_PER_WORKER.toFixed(1)} verdicts/s per worker`,
  );
  if (SCENARIOS.has('saturation')) {
    const one: RunResult[] = [];
    const two: RunResult[] = [];
    for (let run = 0; run < RUNS; run++) {
      one.push(await runScenario('saturation', 1, run, authors));
      two.push(await runScenario('saturation', 2, run, authors));
    }
    const ratio = one.map((r) => r.verdictsPerSecond / BOUND_PER_WORKER);
    const scale = one.map((r, i) => two[i]!.verdictsPerSecond / r.verdictsPerSecond);
    console.log(
      `saturation: verdicts/s ÷ bound (1 worker)       ${spread(ratio, 2)}  [target ≥ 0.8]`,
    );
    console.log(
      `saturation: verdicts/s, 2 workers ÷ 1 worker      ${spread(scale, 2)}  [target ≥ 1.8]`,
    );
    console.log(
      `saturation: order violations per run              ${spread(
        [...one, ...two].map((r) => r.violations),
        0,
      )}  [target 0]`,
    );
  }
  if (SCENARIOS.has('hot')) {
    const hot: RunResult[] = [];
    for (let run = 0; run < RUNS; run++) hot.push(await runScenario('hot', 1, run, authors));
    console.log(
      `hot topic: quiet posts head→claim p99 (s)         ${spread(
        hot.map((r) => r.quietWaitP99!),
        3,
      )}  [target ≤ 1]`,
    );
    console.log(
      `hot topic: order violations per run               ${spread(
        hot.map((r) => r.violations),
        0,
      )}  [target 0]`,
    );
  }
} finally {
  killChildren();
  await db.$disconnect();
  await stack.stop();
}
