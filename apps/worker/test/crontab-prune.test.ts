import { pruneSemanticCache } from '@overlord/core';
import { jobPayloads } from '@overlord/jobs';
import { parseCrontab } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '../../../tests/helpers/database.ts';
import { crontab } from '../src/crontab.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

describe('crontab', () => {
  it('parses, and every scheduled task is a registered job with a payload schema', () => {
    const items = parseCrontab(crontab);
    expect(items.map((i) => i.task).sort()).toEqual([
      'apply-retention',
      'award-badges',
      'erase-accounts',
      'prune-semantic-cache',
      'rebuild-leaderboard',
      'recover-pending',
    ]);
    for (const item of items) {
      expect(Object.keys(jobPayloads)).toContain(item.task);
      // Each scheduled payload is one its task accepts.
      expect(
        jobPayloads[item.task as keyof typeof jobPayloads].safeParse(item.payload ?? {}).success,
      ).toBe(true);
    }
    expect(items.find((i) => i.task === 'award-badges')?.payload).toEqual({ sinceMinutes: 10 });
  });
});

describe('prune-semantic-cache', () => {
  it('removes expired cache index rows and keeps live ones', async () => {
    const vector = `[${Array.from({ length: 512 }, (_, i) => (i === 0 ? 1 : 0)).join(',')}]`;
    for (const [hash, expires] of [
      ['expired', "now() - interval '1 minute'"],
      ['live', "now() + interval '1 hour'"],
    ] as const) {
      await database.db.$executeRawUnsafe(
        `INSERT INTO semantic_cache_entries (id, operation, input_hash, model, embedding, response, expires_at)
         VALUES (gen_random_uuid(), 'evaluate', $1, 'offline', $2::vector, '{}'::jsonb, ${expires})`,
        hash,
        vector,
      );
    }
    expect(await pruneSemanticCache(database.db)).toBe(1);
    const left = await database.db.semanticCacheEntry.findMany({ select: { inputHash: true } });
    expect(left.map((r) => r.inputHash)).toEqual(['live']);
  });
});
