// The semantic cache in front of a real provider client: near-duplicates are answered from
// cache with no call to the (local) vendor server; hits and misses are counted as metrics.
import { createRedis, type Redis, whenReady } from '@overlord/redis';
import { createOverlordMetrics, type Overlord } from '@overlord/overlord';
import * as promClient from 'prom-client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import '../../../tests/helpers/provided.ts';
import { startOpenAiServer } from '../../overlord/test/vendors/openai.ts';
import type { VendorServer } from '../../overlord/test/vendors/server.ts';
import { createTestDatabase, type TestDatabase } from '../../../tests/helpers/database.ts';
import { createAppOverlord } from '../src/overlord.ts';

let database: TestDatabase;
let redis: Redis;
let vendor: VendorServer;
let overlord: Overlord;
const registry = new promClient.Registry();
const topic = {
  title: 'Should cities introduce rent control?',
  description: 'Rent control caps how much landlords can raise rents each year.',
  tags: ['housing'],
};
const base =
  'Rent control reduces housing supply because landlords convert rental units into condos, according to a 2019 Stanford study of San Francisco.';
const completions = () => vendor.calls('/chat/completions').length;

async function cacheCount(operation: string, outcome: string) {
  const metric = await registry.getSingleMetric('overlord_semantic_cache_total')!.get();
  return (
    metric.values.find((v) => v.labels.operation === operation && v.labels.outcome === outcome)
      ?.value ?? 0
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  redis = createRedis(inject('redisUrl'), 'cache-test');
  await whenReady(redis, 5_000);
  vendor = await startOpenAiServer();
  overlord = createAppOverlord({
    config: {
      provider: 'openai-compatible',
      openai: { apiKey: 'sk-test', baseURL: vendor.url, model: `judge-${database.name}` },
    },
    db: database.db,
    redis,
    cache: { ttlSeconds: 600, threshold: 0.9 },
    metrics: createOverlordMetrics(promClient, registry),
  });
});

afterAll(async () => {
  await vendor?.close();
  redis?.disconnect();
  await database?.drop();
});

describe('semantic cache', () => {
  it('answers an exact repeat and a near-duplicate without calling the provider', async () => {
    const first = await overlord.evaluate({ kind: 'post', text: base, topic });
    expect(completions()).toBe(1);
    expect(await cacheCount('evaluate', 'miss')).toBe(1);

    const again = await overlord.evaluate({ kind: 'post', text: `  ${base} ` });
    // (different context → different scope → a miss, and a call)
    expect(completions()).toBe(2);
    expect(again.verdict).toBe('approved');

    const exact = await overlord.evaluate({ kind: 'post', text: base, topic });
    expect(exact).toEqual(first);
    expect(await cacheCount('evaluate', 'hit_exact')).toBe(1);

    const near = await overlord.evaluate({
      kind: 'post',
      text: base.replace('reduces housing supply', 'really reduces the housing supply'),
      topic,
    });
    expect(near).toEqual(first);
    expect(completions()).toBe(2); // no provider call
    expect(await cacheCount('evaluate', 'hit_semantic')).toBe(1);
    const rows = await database.db.semanticCacheEntry.count({
      where: { operation: { startsWith: 'evaluate:' } },
    });
    expect(rows).toBe(2);
  });

  it('never reuses a cached approval for a near-duplicate that adds an insult', async () => {
    const before = completions();
    const insulting = await overlord.evaluate({ kind: 'post', text: `${base} You idiot.`, topic });
    expect(insulting.verdict).toBe('rejected');
    expect(completions()).toBe(before + 1);
  });

  it('serves a cached answer from Postgres when Redis lost it', async () => {
    const keys = await redis.keys('overlord:cache:evaluate:*');
    await redis.del(...keys);
    const before = completions();
    const again = await overlord.evaluate({ kind: 'post', text: base, topic });
    expect(again.verdict).toBe('approved');
    expect(completions()).toBe(before);
  });

  it('caches chat answers and replays them as a stream', async () => {
    const ask = async (q: string) => {
      let text = '';
      for await (const chunk of overlord.chat({ messages: [{ role: 'user', content: q }] }))
        text += chunk;
      return text;
    };
    const first = await ask('Show me debates about nuclear power please');
    const calls = completions();
    const second = await ask('show me debates about nuclear power, please?');
    expect(second).toBe(first);
    expect(completions()).toBe(calls);
    expect(await cacheCount('chat', 'hit_semantic')).toBeGreaterThanOrEqual(1);
  });

  it('caches translations only for near-identical text', async () => {
    const es = 'El control de alquileres reduce la oferta de vivienda en las ciudades grandes.';
    await overlord.translate({ text: es });
    const calls = completions();
    await overlord.translate({ text: es });
    expect(completions()).toBe(calls);
    await overlord.translate({ text: es.replace('reduce', 'aumenta') });
    expect(completions()).toBe(calls + 1);
  });
});
