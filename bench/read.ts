// bench:read — what the api costs on the two busiest reads, against the same SQL served bare.
//   npm run bench:read [-- --runs 3 --seconds 10 --connections 50 --rate 200]
// The real api runs as a child process; so does a bare server (bench/read-bare-server.ts) that
// replays the exact statements the api sends for `topics.list` (20 topics) and `posts.byTopic`
// (100 statements of one topic), captured from the Prisma client's connections, through a bare
// `pg` pool with the same pool size. Load comes from autocannon over HTTP GET (tRPC's query
// URLs for the api). Per route and run:
//   saturation: `--connections` keep-alive connections without pause for `--seconds`;
//     requests/s of the api ÷ requests/s of the bare server (target ≥ 0.7);
//   offered load: `--rate` requests/s in total for `--seconds`; the api's p99 (target < 30 ms).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { listTopicPosts, listTopics } from '@overlord/core';
import { createDb, type Db, sqlPool } from '@overlord/db';
import autocannon from 'autocannon';
import type pg from 'pg';

import { freePort, killChildren, machine, spread, startApi, track } from './processes.ts';
import { startBenchStack } from './stack.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    rate: { type: 'string', default: '200' },
    /** Print the captured statements. */
    'show-sql': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const RATE = Number(values.rate);
/** The api's pool size in bench/processes.ts; the bare server gets the same. */
const POOL_SIZE = 20;

const root = resolve(import.meta.dirname, '..');
const stack = await startBenchStack('bench_read');
const db = createDb({ url: stack.databaseUrl, maxConnections: 4 });

async function seedForum(): Promise<string> {
  await db.$executeRawUnsafe(`
    INSERT INTO users (id, username, updated_at)
    SELECT gen_random_uuid(), 'bench_reader_' || g, now() FROM generate_series(1, 200) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO topics (id, title, description, status, is_system, submitted_at, decided_at, updated_at)
    SELECT gen_random_uuid(), 'Should district ' || g || ' fund night buses?',
           'Night buses let shift workers reach jobs, because most shifts end after the last train.',
           'approved', true, now() - make_interval(mins => g), now(), now()
      FROM generate_series(1, 500) g`);
  const [busy] = await db.$queryRawUnsafe<[{ id: string }]>(
    `SELECT id::text FROM topics ORDER BY submitted_at DESC LIMIT 1`,
  );
  // Every topic has statements; the one measured by posts.byTopic has a full page of them.
  await db.$executeRawUnsafe(
    `INSERT INTO posts (id, topic_id, author_id, body, status, submitted_at, decided_at, updated_at)
     SELECT gen_random_uuid(), t.id, u.id,
            'Frequent service matters more than fares, because riders choose transit when the wait is short (' || g || ').',
            'approved', now() - make_interval(secs => g), now(), now()
       FROM topics t
       CROSS JOIN generate_series(1, 10) g
       JOIN LATERAL (SELECT id FROM users ORDER BY random() LIMIT 1 OFFSET (g % 5)) u ON true
      WHERE t.id <> $1::uuid`,
    busy.id,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO posts (id, topic_id, author_id, body, status, submitted_at, decided_at, updated_at)
     SELECT gen_random_uuid(), $1::uuid, (SELECT id FROM users ORDER BY random() LIMIT 1),
            'Bus lanes speed up every route, because buses stop waiting in car traffic at junctions (' || g || ').',
            'approved', now() - make_interval(secs => g), now(), now()
       FROM generate_series(1, 150) g`,
    busy.id,
  );
  await db.$executeRawUnsafe('ANALYZE');
  return busy.id;
}

interface Statement {
  text: string;
  values: unknown[];
}

/** The statements one call sends, read off the connections of a Prisma client of its own. */
async function capture(call: (client: Db) => Promise<unknown>): Promise<Statement[]> {
  const seen: Statement[] = [];
  const client = createDb({ url: stack.databaseUrl, maxConnections: 1 });
  sqlPool(client).on('connect', (connection: pg.PoolClient) => {
    const original = connection.query.bind(connection) as (...args: unknown[]) => unknown;
    (connection as unknown as { query: unknown }).query = (...args: unknown[]) => {
      const [config, params] = args as [string | { text: string; values?: unknown[] }, unknown];
      seen.push(
        typeof config === 'string'
          ? { text: config, values: (params as unknown[] | undefined) ?? [] }
          : { text: config.text, values: config.values ?? [] },
      );
      return original(...args);
    };
  });
  try {
    await call(client); // the client's first use may send statements of its own
    seen.length = 0;
    await call(client);
    return [...seen];
  } finally {
    await client.$disconnect();
  }
}

async function startBare(statements: Record<string, Statement[]>) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/read-bare-server.ts'], {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: stack.databaseUrl,
      PORT: String(port),
      POOL_SIZE: String(POOL_SIZE),
      READ_STATEMENTS: JSON.stringify(statements),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  track(child);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (
      await fetch(`${url}/healthz`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    if (i > 300) throw new Error('the bare server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function load(url: string, opts: { rate?: number; connections: number }) {
  const result = await autocannon({
    url,
    connections: opts.connections,
    duration: SECONDS,
    ...(opts.rate ? { overallRate: opts.rate } : {}),
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return { perSecond: result.requests.average, p99: result.latency.p99, p50: result.latency.p50 };
}

const trpcUrl = (base: string, path: string, input: unknown) =>
  `${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

try {
  const busyTopic = await seedForum();
  const topicsInput = { limit: 20 };
  const postsInput = { topicId: busyTopic, limit: 100 };
  // The inputs as the procedures see them after parsing (defaults filled in).
  const statements = {
    '/topics': await capture((client) => listTopics(client, { ...topicsInput })),
    '/posts': await capture((client) => listTopicPosts(client, { ...postsInput })),
  };
  if (values['show-sql']) {
    for (const [route, list] of Object.entries(statements))
      for (const st of list) console.log(`${route}: ${st.text}\n`);
  }
  const api = await startApi(stack);
  const bare = await startBare(statements);
  const routes = [
    {
      name: 'topics.list',
      api: trpcUrl(api.url, 'topics.list', topicsInput),
      bare: `${bare.url}/topics`,
      statements: statements['/topics'].length,
    },
    {
      name: 'posts.byTopic',
      api: trpcUrl(api.url, 'posts.byTopic', postsInput),
      bare: `${bare.url}/posts`,
      statements: statements['/posts'].length,
    },
  ];
  console.log(
    `bench:read — ${machine()}; ${RUNS} run(s) of ${SECONDS} s per measure; saturation ${CONNECTIONS} connections; offered ${RATE} requests/s; pools ${POOL_SIZE}`,
  );
  try {
    for (const route of routes) {
      // Warm both (JIT, prepared plans, pool connections) before anything is counted.
      await load(route.api, { connections: 10 });
      await load(route.bare, { connections: 10 });
      const ratios: number[] = [];
      const apiRps: number[] = [];
      const bareRps: number[] = [];
      const p99s: number[] = [];
      const p50s: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const a = await load(route.api, { connections: CONNECTIONS });
        const b = await load(route.bare, { connections: CONNECTIONS });
        const offered = await load(route.api, { connections: 20, rate: RATE });
        apiRps.push(a.perSecond);
        bareRps.push(b.perSecond);
        ratios.push(a.perSecond / b.perSecond);
        p99s.push(offered.p99);
        p50s.push(offered.p50);
        console.log(
          `  ${route.name} run ${run + 1}: api ${a.perSecond.toFixed(0)}/s, bare ${b.perSecond.toFixed(0)}/s, ratio ${(a.perSecond / b.perSecond).toFixed(2)}; at ${RATE}/s p50 ${offered.p50} ms p99 ${offered.p99} ms`,
        );
      }
      console.log(`${route.name} (${route.statements} statement(s) per call):`);
      console.log(`  saturation, api requests/s          ${spread(apiRps, 0)}`);
      console.log(`  saturation, bare pg + HTTP /s       ${spread(bareRps, 0)}`);
      console.log(`  saturation ratio api ÷ bare         ${spread(ratios, 2)}  [target ≥ 0.7]`);
      console.log(`  p50 at ${RATE} requests/s (ms)         ${spread(p50s, 0)}`);
      console.log(`  p99 at ${RATE} requests/s (ms)         ${spread(p99s, 0)}  [target < 30]`);
    }
  } finally {
    await bare.stop();
    await api.stop();
  }
} finally {
  killChildren();
  await db.$disconnect().catch(() => {});
  await stack.stop();
}
