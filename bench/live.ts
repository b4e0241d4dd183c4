// bench:live — fan-out of one verdict event to many SSE subscribers of one api process.
//   npm run bench:live [-- --sizes 1000,5000,10000 --runs 3 --clients 2]
// The real api (apps/api/src/index.ts) runs as a child process; subscribers are raw HTTP SSE
// connections to `live.topic` held by separate client processes (bench/live-client.ts). One
// verdict event is published the way the worker publishes it (publishQueueEvent), and the
// delay until it reaches each subscriber is measured, with the api's memory per connection.
// Targets: delivery p99 < 250 ms at 10,000 subscribers.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { postEvent, publishQueueEvent } from '@overlord/core';
import { createRedis, whenReady } from '@overlord/redis';

import type { ClientCommand, ClientReply } from './live-client.ts';
import { killChildren, machine, rss, spread, startApi, track } from './processes.ts';
import { percentiles, startBenchStack } from './stack.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    runs: { type: 'string', default: '1' },
    clients: { type: 'string', default: '2' },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const RUNS = Number(values.runs);
const CLIENTS = Number(values.clients);
const now = () => performance.timeOrigin + performance.now();

/** A subscriber process and a typed request/reply channel to it. */
function startClient() {
  const child = fork(resolve(import.meta.dirname, 'live-client.ts'), {
    execArgv: ['--import', 'tsx'],
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  track(child);
  let waiting: ((reply: ClientReply) => void) | null = null;
  child.on('message', (reply: ClientReply) => waiting?.(reply));
  return {
    ask<R extends ClientReply['reply']>(
      command: ClientCommand,
      expect: R,
    ): Promise<Extract<ClientReply, { reply: R }>> {
      return new Promise((done, fail) => {
        waiting = (reply) => {
          waiting = null;
          if (reply.reply === expect) done(reply as Extract<ClientReply, { reply: R }>);
          else fail(new Error(`expected ${expect}, got ${reply.reply}`));
        };
        child.send(command);
      });
    },
    stop() {
      child.kill('SIGKILL');
    },
  };
}

interface Sample {
  size: number;
  p50: number;
  p99: number;
  max: number;
  missing: number;
  bytesPerConnection: number;
}

const stack = await startBenchStack('bench_live');
const redis = createRedis(stack.redisUrl, 'bench');
await whenReady(redis, 5_000);
const clients = Array.from({ length: CLIENTS }, startClient);
const all = <R extends ClientReply['reply']>(command: (i: number) => ClientCommand, expect: R) =>
  Promise.all(clients.map((c, i) => c.ask(command(i), expect)));

/** Publishes an event for a new post id and returns every subscriber's delay in ms. */
async function deliver(topicId: string, type: 'submitted' | 'decided') {
  const postId = randomUUID();
  await all(() => ({ cmd: 'arm', marker: postId }), 'armed');
  const sentAt = now();
  await publishQueueEvent(
    redis,
    postEvent(
      type,
      { id: postId, topicId },
      type === 'decided' ? 'approved' : 'pending',
      new Date(),
    ),
  );
  const replies = await all(() => ({ cmd: 'collect', timeoutMs: 30_000 }), 'collected');
  return {
    delays: replies.flatMap((r) => r.times.map((t) => t - sentAt)),
    missing: replies.reduce((n, r) => n + r.missing, 0),
  };
}

async function measure(size: number): Promise<Sample> {
  const api = await startApi(stack);
  try {
    const topicId = randomUUID();
    const input = encodeURIComponent(JSON.stringify({ json: { topicId } }));
    const url = `${api.url}/trpc/live.topic?input=${input}`;
    // Warm the process (JIT, pools) before the baseline, so the difference is connections.
    await fetch(`${api.url}/trpc/topics.list`).then((r) => r.arrayBuffer());
    const before = rss(api.pid);
    const share = (i: number) => Math.floor(size / CLIENTS) + (i < size % CLIENTS ? 1 : 0);
    const connected = await all((i) => ({ cmd: 'connect', url, count: share(i) }), 'connected');
    const failed = connected.reduce((n, c) => n + c.failed, 0);
    if (failed > 0) throw new Error(`${failed} of ${size} subscriptions failed to open`);
    // Every subscriber is registered with the hub once a first event has reached all of them.
    const warm = await deliver(topicId, 'submitted');
    if (warm.missing > 0) throw new Error(`${warm.missing} subscribers never got the warm-up`);
    await new Promise((r) => setTimeout(r, 1_000));
    const after = rss(api.pid);
    const { delays, missing } = await deliver(topicId, 'decided');
    const p = percentiles(delays);
    await all(() => ({ cmd: 'close' }), 'closed');
    return {
      size,
      p50: p.p50,
      p99: p.p99,
      max: p.max,
      missing,
      bytesPerConnection: (after - before) / size,
    };
  } finally {
    await api.stop();
  }
}

try {
  console.log(
    `bench:live — ${CLIENTS} subscriber process(es), ${RUNS} run(s) per size${RUNS > 1 ? ' (min / median / max)' : ''}; ${machine()}`,
  );
  for (const size of SIZES) {
    const samples: Sample[] = [];
    for (let run = 0; run < RUNS; run++) {
      const sample = await measure(size);
      samples.push(sample);
      console.log(
        `  ${size} subscribers, run ${run + 1}: p50 ${sample.p50.toFixed(1)} ms, p99 ${sample.p99.toFixed(1)} ms, max ${sample.max.toFixed(1)} ms, missing ${sample.missing}, ${(sample.bytesPerConnection / 1024).toFixed(1)} KiB/connection`,
      );
    }
    const pick = (k: keyof Sample) => samples.map((s) => s[k]);
    console.log(
      `${String(size).padStart(6)} subscribers: delivery p50 ${spread(pick('p50'))} ms, p99 ${spread(pick('p99'))} ms, max ${spread(pick('max'))} ms; api memory ${spread(
        pick('bytesPerConnection').map((b) => b / 1024),
      )} KiB/connection; missing ${Math.max(...pick('missing'))}${size === 10_000 ? '  [target p99 < 250 ms]' : ''}`,
    );
  }
  console.log(`done; ${machine()}`);
} finally {
  for (const client of clients) client.stop();
  killChildren();
  redis.disconnect();
  await stack.stop();
}
