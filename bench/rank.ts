// bench:rank — rank lookup and top-10% cut-off with 1,000,000 citizens (issue target: p99 < 5 ms).
//   npm run bench:rank [-- --citizens 1000000 --samples 5000]
import { parseArgs } from 'node:util';

import { rankOf, rebuildLeaderboard } from '@overlord/core/leaderboard';
import { createDb } from '@overlord/db';
import { createRedis, whenReady } from '@overlord/redis';

import { ms, percentiles, startBenchStack } from './stack.ts';

const { values } = parseArgs({
  options: {
    citizens: { type: 'string', default: '1000000' },
    samples: { type: 'string', default: '5000' },
    'sql-samples': { type: 'string', default: '50' },
  },
});
const citizens = Number(values.citizens);
const samples = Number(values.samples);

const stack = await startBenchStack('bench_rank');
const db = createDb({ url: stack.databaseUrl, maxConnections: 4 });
const redis = createRedis(stack.redisUrl, 'bench');
await whenReady(redis, 5_000);
await redis.flushdb();

try {
  let t = performance.now();
  // Scores follow a rough long tail (most citizens near zero), creation times spread over a year.
  await db.$executeRawUnsafe(`
    INSERT INTO users (id, username, loyalty_score, created_at, updated_at)
    SELECT gen_random_uuid(), 'citizen_' || g,
           (floor(power(random(), 3) * 200) - 20)::int,
           now() - (random() * interval '365 days'), now()
    FROM generate_series(1, ${citizens}) AS g`);
  await db.$executeRawUnsafe('ANALYZE users');
  console.log(
    `inserted ${citizens.toLocaleString('en')} citizens in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );

  t = performance.now();
  const mirrored = await rebuildLeaderboard(db, redis);
  console.log(
    `rebuilt the Redis leaderboard (${mirrored.toLocaleString('en')}) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );

  const ids = (
    await db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id FROM users ORDER BY random() LIMIT ${samples}`,
    )
  ).map((r) => r.id);

  const timings: number[] = [];
  let top = 0;
  for (const id of ids) {
    const start = performance.now();
    const info = await rankOf({ db, redis }, id);
    timings.push(performance.now() - start);
    if (info?.inTopShare) top++;
  }
  const r = percentiles(timings);
  console.log(
    `rankOf (rank + cut-off, Redis mirror): n=${r.n} p50=${ms(r.p50)} p90=${ms(r.p90)} p99=${ms(r.p99)} max=${ms(r.max)}  [target p99 < 5 ms]`,
  );
  console.log(
    `  ${top} of ${ids.length} sampled citizens in the top 10% (expected ≈ ${Math.round(ids.length * 0.1)})`,
  );

  await redis.flushdb();
  const sqlTimings: number[] = [];
  for (const id of ids.slice(0, Number(values['sql-samples']))) {
    const start = performance.now();
    await rankOf({ db, redis }, id);
    sqlTimings.push(performance.now() - start);
  }
  const s = percentiles(sqlTimings);
  console.log(
    `rankOf fallback (SQL only, Redis empty): n=${s.n} p50=${ms(s.p50)} p99=${ms(s.p99)} max=${ms(s.max)}`,
  );
} finally {
  redis.disconnect();
  await db.$disconnect();
  await stack.stop();
}
