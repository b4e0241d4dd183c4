// bench:submit — how fast a citizen's statement is accepted, and how fast its verdict arrives.
//   npm run bench:submit [-- --clients 50 --per-client 20 --samples 100 --runs 3]
// The real api and worker run as child processes on the bench stack. Phase 1: `--clients`
// signed-in citizens call `posts.submit` through the typed client over HTTP at once, each one
// request after another; latency per call (targets: p99 < 50 ms). Phase 2, not backlogged: one
// statement at a time with a `live.topic` subscriber; time from the submit call to its
// `decided` event at the subscriber (target: p99 < 1 s).
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';

import { sessionCookieName } from '@overlord/core';
import { createDb } from '@overlord/db';
import { seed } from '@overlord/db/seed';
import { createOverlordClient } from '@overlord/trpc/client';
import { EventSource } from 'eventsource';
import * as hdr from 'hdr-histogram-js';

import { killChildren, machine, spread, startApi, startWorker } from './processes.ts';
import { startBenchStack } from './stack.ts';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    'per-client': { type: 'string', default: '20' },
    samples: { type: 'string', default: '100' },
    topics: { type: 'string', default: '20' },
    runs: { type: 'string', default: '1' },
  },
});
const CLIENTS = Number(values.clients);
const PER_CLIENT = Number(values['per-client']);
const SAMPLES = Number(values.samples);
const TOPICS = Number(values.topics);
const RUNS = Number(values.runs);

const bodies = [
  'Replacing coal with nuclear power cuts emissions because reactors burn no fossil fuel, according to the IAEA.',
  'Nuclear plants run day and night, so they can replace coal without the storage that wind needs, according to grid operators.',
  'Reactor waste is small in volume and can be stored safely underground, because modern casks have held it for decades.',
  'Building reactors costs more than coal at first, but because fuel is cheap the lifetime cost per unit of power is lower, according to the IEA.',
  'You are an idiot if you believe this, the whole idea is stupid.',
];

const histogram = () =>
  hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 120_000_000,
    numberOfSignificantValueDigits: 3,
  });
/** Microseconds since `t0` (a performance.now() reading). */
const since = (t0: number) => Math.max(1, Math.round((performance.now() - t0) * 1000));
const msAt = (h: hdr.Histogram, p: number) => h.getValueAtPercentile(p) / 1000;

const stack = await startBenchStack('bench_submit');
const db = createDb({ url: stack.databaseUrl, maxConnections: 4 });
const api = { stop: async () => {} };
const worker = { stop: async () => {} };
try {
  await seed(db);
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
  // Signed in as next-auth would do it: a session row per citizen, its cookie on every request.
  const cookies: string[] = [];
  for (let c = 0; c < CLIENTS; c++) {
    const user = await db.user.create({
      data: {
        username: `bench_citizen_${c}`,
        email: `bench${c}@example.com`,
        onboardedAt: new Date(),
      },
      select: { id: true },
    });
    const token = randomBytes(32).toString('hex');
    await db.session.create({
      data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 86_400_000) },
    });
    cookies.push(`${sessionCookieName(false)}=${token}`);
  }

  const apiProcess = await startApi(stack);
  api.stop = apiProcess.stop;
  const workerProcess = await startWorker(stack);
  worker.stop = workerProcess.stop;
  const clients = cookies.map((cookie) =>
    createOverlordClient({ url: apiProcess.url, headers: () => ({ cookie }), EventSource }),
  );
  const observer = createOverlordClient({ url: apiProcess.url, EventSource });

  const waitIdle = async () => {
    while ((await db.post.count({ where: { status: 'pending' } })) > 0)
      await new Promise((r) => setTimeout(r, 100));
  };

  async function concurrentSubmits(run: number, perClient: number) {
    const h = histogram();
    const started = performance.now();
    await Promise.all(
      clients.map(async (client, c) => {
        for (let i = 0; i < perClient; i++) {
          const t0 = performance.now();
          await client.posts.submit.mutate({
            topicId: topicIds[(c + i) % TOPICS]!,
            body: `${bodies[(c + i) % bodies.length]} (run ${run}, citizen ${c}, statement ${i})`,
          });
          h.recordValue(since(t0));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return { h, perSecond: (clients.length * perClient) / seconds };
  }

  async function submitToVerdict(run: number) {
    const h = histogram();
    const topicId = topicIds[run % TOPICS]!;
    const decided = new Map<string, () => void>();
    const seen = new Set<string>();
    let started!: () => void;
    const ready = new Promise<void>((r) => (started = r));
    const subscription = observer.live.topic.subscribe(
      { topicId },
      {
        onStarted: () => started(),
        onData: ({ data }) => {
          if (data.type !== 'decided') return;
          seen.add(data.id);
          decided.get(data.id)?.();
        },
        onError: (error) => console.error('live subscription failed', error),
      },
    );
    await ready;
    // tRPC reports "started" when the stream opens; wait for a first event to be sure the
    // subscriber is registered before timing anything.
    const probe = await clients[0]!.posts.submit.mutate({ topicId, body: bodies[0]! });
    while (!seen.has(probe.id)) await new Promise((r) => setTimeout(r, 20));
    for (let i = 0; i < SAMPLES; i++) {
      const t0 = performance.now();
      const { id } = await clients[i % clients.length]!.posts.submit.mutate({
        topicId,
        body: `${bodies[i % bodies.length]} (run ${run}, verdict sample ${i})`,
      });
      if (!seen.has(id)) await new Promise<void>((r) => decided.set(id, r));
      h.recordValue(since(t0));
      decided.delete(id);
    }
    subscription.unsubscribe();
    return h;
  }

  const results: { p50: number; p99: number; rate: number; v50: number; v99: number }[] = [];
  console.log(
    `bench:submit — ${CLIENTS} clients × ${PER_CLIENT} submits over ${TOPICS} topics; ${SAMPLES} submit→verdict samples; ${RUNS} run(s); ${machine()}`,
  );
  // Warm-up: JIT, connection pools, prepared statements.
  await concurrentSubmits(0, 3);
  await waitIdle();
  for (let run = 1; run <= RUNS; run++) {
    const load = await concurrentSubmits(run, PER_CLIENT);
    await waitIdle();
    const verdicts = await submitToVerdict(run);
    const r = {
      p50: msAt(load.h, 50),
      p99: msAt(load.h, 99),
      rate: load.perSecond,
      v50: msAt(verdicts, 50),
      v99: msAt(verdicts, 99),
    };
    results.push(r);
    console.log(
      `  run ${run}: posts.submit p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms (${r.rate.toFixed(0)} submits/s); submit → verdict event p50 ${r.v50.toFixed(0)} ms, p99 ${r.v99.toFixed(0)} ms`,
    );
  }
  const pick = (k: keyof (typeof results)[number]) => results.map((r) => r[k]);
  const label = RUNS > 1 ? ' (min / median / max of runs)' : '';
  console.log(`posts.submit at ${CLIENTS} concurrent clients${label}:`);
  console.log(
    `  p50 ${spread(pick('p50'))} ms, p99 ${spread(pick('p99'))} ms  [target p99 < 50 ms]; throughput ${spread(pick('rate'), 0)} submits/s`,
  );
  console.log(`submit → verdict event at a live subscriber, not backlogged${label}:`);
  console.log(
    `  p50 ${spread(pick('v50'), 0)} ms, p99 ${spread(pick('v99'), 0)} ms  [target p99 < 1000 ms]`,
  );
  console.log(`done; ${machine()}`);
} finally {
  await worker.stop().catch(() => {});
  await api.stop().catch(() => {});
  killChildren();
  await db.$disconnect();
  await stack.stop();
}
