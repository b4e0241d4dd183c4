// Live connections as an outsider could open them: capped per citizen and per client IP on
// each api instance (the IP from X-Forwarded-For only behind Render), kept alive by heartbeats,
// and a bounded number of distinct streams followed per process.
import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TestDatabase } from '../helpers/database.ts';
import { createTestDatabase } from '../helpers/database.ts';
import { startTestStack, type TestStack } from '../helpers/stack.ts';
import { seed } from '@overlord/db/seed';

let database: TestDatabase;
let stack: TestStack;
let behindRender: TestStack;

const limits = {
  LIVE_MAX_PER_USER: 2,
  LIVE_MAX_PER_IP: 3,
  LIVE_MAX_STREAMS: 4,
  LIVE_HEARTBEAT_SECONDS: 0.2,
};

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  stack = await startTestStack({
    db: database.db,
    databaseUrl: database.url,
    worker: false,
    apiEnv: limits,
  });
  behindRender = await startTestStack({
    db: database.db,
    databaseUrl: database.url,
    worker: false,
    apiEnv: { ...limits, RENDER: true },
  });
});

afterAll(async () => {
  await stack?.stop();
  await behindRender?.stop();
  await database?.drop();
});

interface OpenStream {
  status: number;
  /** Everything received so far. */
  text(): string;
  close(): Promise<void>;
}

const opened: OpenStream[] = [];

/** Opens a live.* stream exactly as the tRPC client does (GET with superjson input). */
async function open(
  api: string,
  path: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<OpenStream> {
  const abort = new AbortController();
  const url = `${api}/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const res = await fetch(url, { headers, signal: abort.signal });
  let received = '';
  const reading = (async () => {
    if (!res.body) return;
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body) received += decoder.decode(chunk as Uint8Array);
    } catch {
      // aborted
    }
  })();
  // A refusal is a short JSON body: read it whole.
  if (res.status !== 200) await reading;
  const stream = {
    status: res.status,
    text: () => received,
    async close() {
      abort.abort();
      await reading;
    },
  };
  opened.push(stream);
  return stream;
}

async function closeAll() {
  await Promise.all(opened.splice(0).map((s) => s.close()));
  // The server notices closed sockets on its next tick.
  await new Promise((r) => setTimeout(r, 200));
}

describe('live connection caps', () => {
  it('caps open streams per citizen, and frees a place when one closes', async () => {
    const { cookie } = await stack.signIn('citizen_vera');
    const first = await open(stack.apiUrl, 'live.queues', {}, { cookie });
    const second = await open(stack.apiUrl, 'live.queues', {}, { cookie });
    expect([first.status, second.status]).toEqual([200, 200]);
    const third = await open(stack.apiUrl, 'live.queues', {}, { cookie });
    expect(third.status).toBe(429);
    expect(third.text()).toContain('TOO_MANY_REQUESTS');
    await first.close();
    await new Promise((r) => setTimeout(r, 200));
    expect((await open(stack.apiUrl, 'live.queues', {}, { cookie })).status).toBe(200);
    await closeAll();
  });

  it('caps open streams per client IP, and ignores X-Forwarded-For unless behind Render', async () => {
    const streams = [];
    for (let i = 0; i < 3; i++) {
      // A forged header per request does not buy more places on a directly reached api.
      streams.push(
        await open(stack.apiUrl, 'live.queues', {}, { 'x-forwarded-for': `203.0.113.${i}` }),
      );
    }
    expect(streams.map((s) => `${s.status} ${s.status === 200 ? '' : s.text()}`)).toEqual([
      '200 ',
      '200 ',
      '200 ',
    ]);
    const over = await open(stack.apiUrl, 'live.queues', {}, { 'x-forwarded-for': '198.51.100.9' });
    expect(over.status).toBe(429);
    await closeAll();
  });

  it('counts the first X-Forwarded-For hop per IP when deployed behind Render', async () => {
    const from = (ip: string) =>
      open(behindRender.apiUrl, 'live.queues', {}, { 'x-forwarded-for': `${ip}, 10.0.0.1` });
    const a = [await from('203.0.113.7'), await from('203.0.113.7'), await from('203.0.113.7')];
    expect(a.map((s) => s.status)).toEqual([200, 200, 200]);
    expect((await from('203.0.113.7')).status).toBe(429);
    // Another client behind the same proxy has places of its own.
    expect((await from('198.51.100.4')).status).toBe(200);
    await closeAll();
  });
});

describe('heartbeats', () => {
  it('writes a heartbeat on an idle stream', async () => {
    const stream = await open(stack.apiUrl, 'live.queues', {});
    expect(stream.status).toBe(200);
    await new Promise((r) => setTimeout(r, 700));
    expect(stream.text()).toContain('event: connected');
    expect(stream.text().match(/^: heartbeat$/gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
    await closeAll();
  });
});

describe('distinct streams per process', () => {
  it('follows at most LIVE_MAX_STREAMS distinct streams, and takes new ones once freed', async () => {
    // Behind Render each probe comes from its own address, so only the stream bound applies.
    const item = (n: number, id = randomUUID()) =>
      open(
        behindRender.apiUrl,
        'live.item',
        { kind: 'post', id },
        { 'x-forwarded-for': `192.0.2.${n}` },
      );
    const four = [await item(1), await item(2), await item(3), await item(4)];
    expect(four.map((s) => s.status)).toEqual([200, 200, 200, 200]);
    const fifth = await item(5);
    expect(fifth.status).toBe(503);
    expect(fifth.text()).toContain('SERVICE_UNAVAILABLE');
    await four[0]!.close();
    await new Promise((r) => setTimeout(r, 200));
    expect((await item(6)).status).toBe(200);
    await closeAll();
  });
});
