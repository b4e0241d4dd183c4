// bench:semantic-cache — the semantic cache in front of a provider, on a workload of
// near-duplicates: hit rate and the latency of a hit (targets: >= 30% hits, a hit < 20 ms).
// Real PostgreSQL + pgvector and Redis (bench stack); the provider is the local Anthropic
// wire-API server, so a miss is a real HTTP model call (minus the model's own thinking time).
//   npm run bench:semantic-cache [-- --bases 60 --seed 7]
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';

import { createAppOverlord } from '@overlord/core';
import { createDb } from '@overlord/db';
import type { CacheOutcome, OverlordMetrics } from '@overlord/overlord';
import { createRedis, whenReady } from '@overlord/redis';

import { startAnthropicServer } from '../packages/overlord/test/vendors/anthropic.ts';
import { ms, percentiles, startBenchStack } from './stack.ts';

const { values } = parseArgs({
  options: {
    bases: { type: 'string', default: '60' },
    seed: { type: 'string', default: '7' },
  },
});
const BASES = Number(values.bases);

// A small deterministic PRNG, so every run replays the same workload.
let state = Number(values.seed) >>> 0 || 1;
const random = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 2 ** 32;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;

const subjects = [
  'Rent control',
  'A land value tax',
  'Building more social housing',
  'Zoning reform',
  'A vacancy tax',
  'Inclusionary zoning',
];
const effects = [
  'reduces the supply of rental homes',
  'keeps long-term tenants in their neighbourhoods',
  'pushes landlords to sell to owner-occupiers',
  'lowers rents for new tenants within five years',
  'discourages maintenance of older buildings',
];
const reasons = [
  'because developers expect lower returns',
  'because it caps how fast rents can rise',
  'because it changes who can afford to invest',
  'because vacant units become costly to hold',
  'because new construction responds to prices',
];
const sources = [
  'according to a 2019 Stanford study of San Francisco',
  "according to Berlin's 2020 rent cap data",
  'according to the OECD housing database',
  'as the Vienna housing office reports',
];

/** Variations citizens produce when they resubmit or echo an argument. */
const variants: ((s: string) => string)[] = [
  (s) => s, // the same text again (a resubmission)
  (s) => `${s} `, // trailing whitespace
  (s) => s.replace(/\.$/, '!'),
  (s) => s.replace(/^(\w)/, (c) => c.toLowerCase()),
  (s) => `Honestly, ${s.charAt(0).toLowerCase()}${s.slice(1)}`,
  (s) => s.replace('because', 'since'),
  (s) => s.replace(' the ', ' teh '), // a typo
  (s) => `${s} I stand by this.`,
];

const bases = Array.from(
  { length: BASES },
  (_, i) => `${subjects[i % subjects.length]} ${pick(effects)} ${pick(reasons)}, ${pick(sources)}.`,
);
// Every base once, then near-duplicates of popular ones, then fresh statements throughout:
// a third of all requests are new arguments the cache cannot answer.
const workload: string[] = [...bases];
for (let i = 0; i < BASES * 2; i++) workload.push(pick(variants)(pick(bases)));
for (let i = 0; i < BASES; i++)
  workload.push(
    `${pick(subjects)} ${pick(effects)} ${pick(reasons)} (case ${i}), ${pick(sources)}.`,
  );
for (let i = workload.length - 1; i > BASES; i--) {
  const j = BASES + Math.floor(random() * (i - BASES + 1));
  [workload[i], workload[j]] = [workload[j]!, workload[i]!];
}

const topic = {
  title: 'Should cities introduce rent control?',
  description: 'Rent control caps how much landlords can raise rents each year.',
  tags: ['housing'],
};

const stack = await startBenchStack('bench_semantic_cache');
const vendor = await startAnthropicServer();
const db = createDb({ url: stack.databaseUrl, maxConnections: 4 });
const redis = createRedis(stack.redisUrl, 'bench');
await whenReady(redis, 5_000);

let lastOutcome: CacheOutcome = 'miss';
const metrics: OverlordMetrics = {
  onCall: () => {},
  cache: (_operation, outcome) => (lastOutcome = outcome),
  judge: () => {},
};
const overlord = createAppOverlord({
  config: {
    provider: 'anthropic',
    anthropic: { apiKey: 'bench', baseURL: vendor.url },
  },
  db,
  redis,
  cache: { ttlSeconds: 3_600, threshold: 0.95 },
  metrics,
});

// Warm-up on other texts: offline rules, embedder, connections, the model path.
for (let i = 0; i < 5; i++)
  await overlord.evaluate({ kind: 'post', text: `Warm-up ${i}: transit ${pick(reasons)}.`, topic });

const samples: Record<CacheOutcome, number[]> = { hit_exact: [], hit_semantic: [], miss: [] };
for (const text of workload) {
  const started = performance.now();
  await overlord.evaluate({ kind: 'post', text, topic });
  samples[lastOutcome].push(performance.now() - started);
}

const hits = samples.hit_exact.length + samples.hit_semantic.length;
const line = (label: string, xs: number[]) => {
  if (!xs.length) return `${label}: n=0`;
  const p = percentiles(xs);
  return `${label}: n=${p.n} p50=${ms(p.p50)} p90=${ms(p.p90)} p99=${ms(p.p99)} max=${ms(p.max)}`;
};
console.log(
  `${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (hit latency is CPU-bound: the offline rule signature and the embedding)`,
);
console.log(
  `workload: ${workload.length} evaluations (${BASES} bases, ${BASES * 2} near-duplicates, ${BASES} fresh)`,
);
console.log(
  `hit rate: ${((hits / workload.length) * 100).toFixed(1)}% (exact ${samples.hit_exact.length}, semantic ${samples.hit_semantic.length}, miss ${samples.miss.length})   target >= 30%`,
);
console.log(
  line('hit (any)', [...samples.hit_exact, ...samples.hit_semantic]) + '   target < 20 ms',
);
console.log(line('  exact', samples.hit_exact));
console.log(line('  semantic', samples.hit_semantic));
console.log(line('miss (local model server)', samples.miss));

await db.$disconnect();
redis.disconnect();
await vendor.close();
await stack.stop();
