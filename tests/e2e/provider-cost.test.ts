// Measured cost: provider calls through the local Anthropic server are priced per model, summed
// per day in provider_cost_days by every instance (atomic upserts), and exported as metrics.
import { createCostLedger, providerCostsByDay } from '@overlord/core';
import {
  type CallRecord,
  createOverlord,
  createOverlordMetrics,
  DEFAULT_MODEL_PRICES,
  summariseCost,
} from '@overlord/overlord';
import * as promClient from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { housingTopic } from '../../packages/overlord/test/helpers.ts';
import { startAnthropicServer } from '../../packages/overlord/test/vendors/anthropic.ts';
import type { VendorServer } from '../../packages/overlord/test/vendors/server.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let database: TestDatabase;
let vendor: VendorServer;
beforeAll(async () => {
  database = await createTestDatabase();
  vendor = await startAnthropicServer();
});
afterAll(async () => {
  await vendor?.close();
  await database?.drop();
});

const posts = [
  'Rent control reduces housing supply because landlords convert units to condos, according to a 2019 Stanford study.',
  'Caps protect tenants from sudden increases; Berlin saw evictions fall after 2020, so stability matters.',
  'You are an idiot if you think rent control works.',
];

const judge = (onCall: (r: CallRecord) => void) =>
  createOverlord(
    {
      provider: 'anthropic',
      anthropic: { apiKey: 'k', baseURL: vendor.url },
      prices: { 'claude-haiku-4-5': { input: 2, output: 10 } },
      // Latency is not what this file measures: a busy machine must not time the screen out.
      timeouts: { screenMs: 15_000, evaluateMs: 15_000, defaultMs: 15_000 },
    },
    { onCall },
  );

describe('provider cost', () => {
  it('prices each call from its tokens; tokens follow the length of the text', async () => {
    const calls: CallRecord[] = [];
    const overlord = judge((r) => calls.push(r));
    const short = await overlord.screen({ text: 'Rent caps help.', kind: 'post' });
    const long = await overlord.screen({ text: posts[0]!.repeat(6), kind: 'post' });
    expect(short.passed && long.passed).toBe(true);
    const [a, b] = calls;
    expect(b!.inputTokens - a!.inputTokens).toBeGreaterThan((posts[0]!.length * 5) / 4 - 10);
    // OVERLORD_MODEL_PRICES-style override for haiku: $2 in, $10 out per million.
    expect(a!.costUsd).toBeCloseTo((a!.inputTokens * 2 + a!.outputTokens * 10) / 1e6, 12);
    await overlord.evaluate({ kind: 'post', text: posts[0]!, topic: housingTopic });
    const sonnet = DEFAULT_MODEL_PRICES['claude-sonnet-4-5']!;
    const evaluation = calls.at(-1)!;
    expect(evaluation).toMatchObject({ operation: 'evaluate', model: 'claude-sonnet-4-5' });
    expect(evaluation.costUsd).toBeCloseTo(
      (evaluation.inputTokens * sonnet.input + evaluation.outputTokens * sonnet.output) / 1e6,
      12,
    );
    const summary = summariseCost(calls);
    expect(summary.verdicts).toBe(1);
    expect(summary.per1000VerdictsUsd).toBeCloseTo(
      calls.reduce((s, r) => s + r.costUsd, 0) * 1000,
      9,
    );
  });

  it('two instances add to the same daily rows atomically, and the report reads them', async () => {
    const calls: CallRecord[] = [];
    const ledgers = [0, 1].map(() => createCostLedger({ db: database.db, flushMs: 60_000 }));
    const instances = ledgers.map((ledger) =>
      judge((r) => {
        calls.push(r);
        ledger.record(r);
      }),
    );
    // Three rounds: each flushes both ledgers at once, so their upserts race on the same rows.
    for (let round = 0; round < 3; round++) {
      await Promise.all(
        instances.flatMap((overlord) =>
          posts.map(async (text) => {
            const s = await overlord.screen({ text, kind: 'post' });
            if (s.passed) await overlord.evaluate({ kind: 'post', text, topic: housingTopic });
          }),
        ),
      );
      await Promise.all(ledgers.map((l) => l.flush()));
    }
    await Promise.all(ledgers.map((l) => l.stop()));

    const rows = await database.db.providerCostDay.findMany();
    expect(rows.map((r) => r.operation).sort()).toEqual(['evaluate', 'screen']);
    const sum = (op: string, f: (r: CallRecord) => number) =>
      calls.filter((r) => r.operation === op).reduce((s, r) => s + f(r), 0);
    for (const row of rows) {
      expect(row.calls).toBe(calls.filter((r) => r.operation === row.operation).length);
      expect(Number(row.inputTokens)).toBe(sum(row.operation, (r) => r.inputTokens));
      expect(Number(row.outputTokens)).toBe(sum(row.operation, (r) => r.outputTokens));
      expect(Number(row.costUsd)).toBeCloseTo(
        sum(row.operation, (r) => r.costUsd),
        5,
      );
      expect(row.day.toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    }
    const [today] = await providerCostsByDay(database.db, 1);
    const evaluations = calls.filter((r) => r.operation === 'evaluate').length;
    expect(today!.verdicts).toBe(evaluations);
    expect(today!.per1000VerdictsUsd).toBeCloseTo(
      (calls.reduce((s, r) => s + r.costUsd, 0) / evaluations) * 1000,
      3,
    );
  });

  it('a failed flush keeps its sums for the next one', async () => {
    const errors: unknown[] = [];
    const ledger = createCostLedger({
      db: database.db,
      flushMs: 60_000,
      onError: (e) => errors.push(e),
    });
    const call: CallRecord = {
      operation: 'tag',
      provider: 'anthropic',
      model: 'claude-haiku-4-5',
      ok: true,
      attempts: 1,
      latencyMs: 1,
      inputTokens: 100,
      outputTokens: 10,
      costUsd: 0.00015,
      priced: true,
    };
    ledger.record(call);
    await database.db.$executeRawUnsafe('ALTER TABLE provider_cost_days RENAME TO pcd_away');
    await ledger.flush();
    await database.db.$executeRawUnsafe('ALTER TABLE pcd_away RENAME TO provider_cost_days');
    expect(errors).toHaveLength(1);
    ledger.record(call);
    await ledger.stop();
    const row = await database.db.providerCostDay.findFirstOrThrow({ where: { operation: 'tag' } });
    expect(row).toMatchObject({ calls: 2, inputTokens: 200n });
    expect(Number(row.costUsd)).toBeCloseTo(0.0003, 9);
  });

  it('exports spend and unpriced calls as Prometheus counters', async () => {
    const registry = new promClient.Registry();
    const metrics = createOverlordMetrics(promClient, registry);
    const overlord = createOverlord(
      {
        provider: 'anthropic',
        anthropic: { apiKey: 'k', baseURL: vendor.url, fastModel: 'claude-3-5-haiku-latest' },
      },
      { onCall: metrics.onCall },
    );
    await overlord.evaluate({ kind: 'post', text: posts[0]!, topic: housingTopic });
    await overlord.screen({ text: posts[1]!, kind: 'post' });
    const text = await registry.metrics();
    const cost = Number(
      /overlord_provider_cost_usd_total\{operation="evaluate",provider="anthropic",model="claude-sonnet-4-5"\} ([\d.e-]+)/.exec(
        text,
      )?.[1],
    );
    expect(cost).toBeGreaterThan(0);
    expect(text).toContain(
      'overlord_provider_unpriced_calls_total{model="claude-3-5-haiku-latest"} 1',
    );
  });
});
