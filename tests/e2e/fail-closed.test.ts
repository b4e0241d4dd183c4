// Limits that guard costly or sensitive paths must not open when what they count with is gone:
// with Redis unreachable, Ask the Overlord refuses (503) instead of answering without a limit.
import { randomUUID } from 'node:crypto';

import { seed } from '@overlord/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { outcomeOf, startTestStack, type TestStack } from '../helpers/stack.ts';
import { TEST_REDIS_PORT } from '../setup/ports.ts';

let database: TestDatabase;
let stack: TestStack;

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  stack = await startTestStack({
    db: database.db,
    databaseUrl: database.url,
    worker: false,
    // Nothing listens here: every Redis command fails at once (no offline queue).
    redisUrl: `redis://127.0.0.1:${TEST_REDIS_PORT + 13}`,
  });
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

describe('fail closed', () => {
  it('refuses Ask the Overlord while its rate limit cannot be counted', async () => {
    expect(await stack.deps.redis.ping().catch(() => 'down')).toBe('down');
    // Reads still work without Redis (the session comes from Postgres).
    const vera = await stack.signIn('citizen_vera');
    expect((await vera.client.account.me.query()).username).toBe('citizen_vera');
    const asked = vera.client.chat.ask
      .mutate({ chatId: randomUUID(), question: 'what are the rules?' })
      .then(async (stream) => {
        for await (const chunk of stream) void chunk;
      });
    expect(await outcomeOf(asked)).toBe('SERVICE_UNAVAILABLE');
  });
});
