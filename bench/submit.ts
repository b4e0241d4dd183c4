// bench:submit — how fast a citizen's statement is accepted, and how fast its verdict arrives.
//   npm run bench:submit [-- --clients 50 --per-client 20 --samples 100 --rates 25,50,100 --runs 3]
// The real api and worker run as child processes on the bench stack. Phase 1 (saturation):
// `--clients` signed-in citizens call `posts.submit` through the typed client over HTTP at once,
// each one request after another with no pause; latency per call (target: p99 < 50 ms). This
// measures the throughput limit: latency ≈ clients ÷ throughput. Phase 2 (offered load): the
// same citizens submit at a fixed total rate with random (Poisson) spacing for `--seconds`,
// without waiting for each other; latency counts from the moment a call was due, so a slow
// server cannot hide its queue. Phase 3, not backlogged: one statement at a time with a
// `live.topic` subscriber; time from the submit call to its `decided` event (target: p99 < 1 s).
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
    rates: { type: 'string', default: '25,50,100' },
    seconds: { type: 'string', default: '10' },
  },
});
const CLIENTS = Number(values.clients);
const PER_CLIENT = Number(values['per-client']);
const SAMPLES = Number(values.samples);
const TOPICS = Number(values.topics);
const RUNS = Number(values.runs);
const RATES = values.rates.split(',').filter(Boolean).map(Number);
const SECONDS = Number(values.seconds);

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

  /** Submissions due at Poisson-spaced moments, `rate` a second in total, for SECONDS. */
  async function offeredLoad(run: number, rate: number) {
    const h = histogram();
    const count = Math.max(1, Math.round(rate * SECONDS));
    let random = 0x2545f491 ^ (run * 7919 + rate); // xorshift: the same schedule every run
    const uniform = () => {
      random ^= random << 13;
      random ^= random >>> 17;
      random ^= random << 5;
      return ((random >>> 0) + 1) / 4_294_967_297;
    };
    const start = performance.now() + 50;
    const due: number[] = [];
    for (let k = 0, at = start; k < count; k++)
      due.push((at += (-Math.log(uniform()) / rate) * 1000));
    const calls: Promise<void>[] = [];
    for (let k = 0; k < count; k++) {
      const wait = due[k]! - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const c = k % clients.length;
      calls.push(
        clients[c]!.posts.submit.mutate({
          topicId: topicIds[k % TOPICS]!,
          body: `${bodies[k % bodies.length]} (run ${run}, rate ${rate}, statement ${k})`,
        }).then(() => h.recordValue(since(due[k]!))),
      );
    }
    await Promise.all(calls);
    return { h, achieved: count / ((performance.now() - start) / 1000) };
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
  const offered = new Map<number, { p50: number; p99: number }[]>(RATES.map((r) => [r, []]));
  console.log(
    `bench:submit — ${CLIENTS} clients × ${PER_CLIENT} submits over ${TOPICS} topics; ${SAMPLES} submit→verdict samples; ${RUNS} run(s); ${machine()}`,
  );
  // Warm-up: JIT, connection pools, prepared statements.
  await concurrentSubmits(0, 3);
  await waitIdle();
  for (let run = 1; run <= RUNS; run++) {
    const load = await concurrentSubmits(run, PER_CLIENT);
    await waitIdle();
    for (const rate of RATES) {
      const { h, achieved } = await offeredLoad(run, rate);
      const r = { p50: msAt(h, 50), p99: msAt(h, 99) };
      offered.get(rate)!.push(r);
      console.log(
        `  run ${run}: ${rate} submits/s offered by ${clients.length} clients (${achieved.toFixed(0)} sent/s): p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`,
      );
      await waitIdle();
    }
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
  console.log(`posts.submit at a fixed offered rate from ${CLIENTS} clients${label}:`);
  for (const [rate, rs] of offered) {
    console.log(
      `  ${String(rate).padStart(4)} submits/s: p50 ${spread(rs.map((r) => r.p50))} ms, p99 ${spread(rs.map((r) => r.p99))} ms`,
    );
  }
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
