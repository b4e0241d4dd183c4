// Exactly-once effects across a hard crash (docs/architecture.md §4: tasks are idempotent; a
// verdict and its job commit together). The real worker entry point runs as its own OS process
// and is killed with SIGKILL in the middle of a batch of verdicts; a fresh worker process must
// finish the batch with every submission decided once, one moderation event each, and every
// loyalty score equal to the sum of its events.
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

import { findScoreDifferences } from '@overlord/core/leaderboard';
import { seed } from '@overlord/db/seed';
import { streams } from '@overlord/redis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import {
  createApprovedTopics,
  createTestDatabase,
  type TestDatabase,
} from '../helpers/database.ts';
import { type SignedIn, startTestStack, type TestStack, waitFor } from '../helpers/stack.ts';

const root = resolve(import.meta.dirname, '../..');
const TOPICS = 6;
const LANES = 10;
const POSTS_PER_LANE = 30;
const TOTAL = LANES * POSTS_PER_LANE;
/** Verdicts to wait for before the kill: well into the batch, far from its end. */
const KILL_AFTER = 60;

let database: TestDatabase;
let stack: TestStack;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  // The api only: verdicts come from the worker processes this test starts and kills.
  stack = await startTestStack({ db: database.db, databaseUrl: database.url, worker: false });
});

afterAll(async () => {
  for (const child of children) killGroup(child, 'SIGKILL');
  await Promise.all([...children].map(exited));
  await stack?.stop();
  await database?.drop();
});

/** The whole process group: whatever the worker may have started goes with it. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => child.once('exit', () => r()));
}

/** `apps/worker/src/index.ts` exactly as deployed, configured only through its environment. */
function startWorkerProcess(): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/worker/src/index.ts'], {
    cwd: root,
    detached: true, // own process group, so killGroup reaches everything it spawns
    env: {
      ...process.env,
      NODE_ENV: 'test',
      APP_ENV: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: inject('redisUrl'),
      WORKER_CONCURRENCY: '8',
      WORKER_POLL_INTERVAL_MS: '50',
      WORKER_HEALTH_PORT: '0',
      OVERLORD_PROVIDER: 'offline',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

const bodies = [
  'Replacing coal with nuclear power cuts emissions because reactors burn no fossil fuel, according to the IAEA.',
  'You are an idiot if you believe this, the whole idea is stupid.',
  'Nuclear plants run day and night, so they can replace coal without the storage that wind needs, according to grid operators.',
  'Reactor waste is small in volume and can be stored safely underground, because modern casks have held it for decades.',
];

const decidedCount = (ids: string[]) =>
  database.db.post.count({ where: { id: { in: ids }, status: { not: 'pending' } } });

describe('worker crash in the middle of verdicts', () => {
  it('finishes the batch after SIGKILL and a restart with every effect exactly once', async () => {
    const topicIds = await createApprovedTopics(database.db, TOPICS);
    const authors: SignedIn[] = [];
    for (const name of ['citizen_vera', 'citizen_boris', 'citizen_ada', 'moderator_olga'])
      authors.push(await stack.signIn(name));
    const eventsBefore = new Set(
      (await database.db.moderationEvent.findMany({ select: { id: true } })).map((e) => e.id),
    );
    const scoresBefore = new Map(
      (await database.db.user.findMany({ select: { id: true, loyaltyScore: true } })).map((u) => [
        u.id,
        u.loyaltyScore,
      ]),
    );

    // The whole batch is queued before any worker runs, so the first worker is mid-stream
    // when it dies rather than idle.
    const ids = (
      await Promise.all(
        Array.from({ length: LANES }, async (_, lane) => {
          const author = authors[lane % authors.length]!;
          const mine: string[] = [];
          for (let i = 0; i < POSTS_PER_LANE; i++) {
            const { id, status } = await author.client.posts.submit.mutate({
              topicId: topicIds[(lane + i) % TOPICS]!,
              body: `${bodies[(lane * 7 + i) % bodies.length]} (lane ${lane}, statement ${i})`,
            });
            expect(status).toBe('pending');
            mine.push(id);
          }
          return mine;
        }),
      )
    ).flat();
    expect(ids).toHaveLength(TOTAL);

    const first = startWorkerProcess();
    await waitFor(async () => (await decidedCount(ids)) >= KILL_AFTER, 60_000, 10);
    killGroup(first.child, 'SIGKILL');
    await exited(first.child);
    expect(first.child.signalCode).toBe('SIGKILL');

    const decidedAtKill = await decidedCount(ids);
    expect(decidedAtKill).toBeLessThan(TOTAL);
    // Jobs the dead worker had taken are still marked as its own: the restart must reclaim them.
    const [{ orphans }] = await database.db.$queryRaw<[{ orphans: number }]>`
      SELECT count(*)::int AS orphans FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL`;
    expect(orphans).toBeGreaterThan(0);

    const restartedAt = new Date();
    const second = startWorkerProcess();
    try {
      await waitFor(
        async () =>
          (await database.db.post.count({ where: { id: { in: ids }, status: 'pending' } })) === 0,
        90_000,
        100,
      );
    } catch (error) {
      throw new Error(`${String(error)}; worker output:\n${second.output()}`, { cause: error });
    }

    // Exactly one verdict per submission; every verdict job finished.
    const posts = await database.db.post.findMany({
      where: { id: { in: ids } },
      // The database orders by the full microsecond stamps; a JS Date keeps only milliseconds.
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        topicId: true,
        status: true,
        authorId: true,
        submittedAt: true,
        reviewStartedAt: true,
        decidedAt: true,
      },
    });
    expect(posts).toHaveLength(TOTAL);
    for (const post of posts) {
      expect(['approved', 'rejected']).toContain(post.status);
      expect(post.decidedAt).not.toBeNull();
    }
    // No review job is left to run (the last run of each topic found its queue empty).
    const runnable = async () => {
      const [{ jobs }] = await database.db.$queryRaw<[{ jobs: number }]>`
        SELECT count(*)::int AS jobs FROM graphile_worker._private_jobs j
        JOIN graphile_worker._private_tasks t ON t.id = j.task_id
        WHERE t.identifier = 'evaluate-posts' AND j.attempts < j.max_attempts`;
      return jobs;
    };
    // The last verdict commits a moment before its job completes; a job the killed worker held
    // is released by the dead-worker check (every 10 s), then completes as a no-op.
    await waitFor(async () => (await runnable()) === 0, 30_000, 100).catch(() => null);
    expect(await runnable()).toBe(0);

    // Exactly one moderation event per submission, of the kind its verdict calls for.
    const events = await database.db.moderationEvent.findMany({
      where: { postId: { in: ids } },
      select: { postId: true, kind: true, delta: true, userId: true },
    });
    expect(events).toHaveLength(TOTAL);
    const eventByPost = new Map(events.map((e) => [e.postId!, e]));
    expect(eventByPost.size).toBe(TOTAL);
    for (const post of posts) {
      const event = eventByPost.get(post.id)!;
      expect(event.kind).toBe(post.status === 'approved' ? 'post_approved' : 'post_rejected');
      expect(event.userId).toBe(post.authorId);
    }

    // Stored scores equal a rebuild from events, and each score moved by exactly the events
    // written meanwhile (the batch's, plus any seeded item the worker also judged).
    expect(await findScoreDifferences(database.db)).toEqual([]);
    const newEvents = (
      await database.db.moderationEvent.findMany({
        select: { id: true, userId: true, delta: true },
      })
    ).filter((e) => !eventsBefore.has(e.id));
    const users = await database.db.user.findMany({ select: { id: true, loyaltyScore: true } });
    for (const user of users) {
      const moved = newEvents.filter((e) => e.userId === user.id).reduce((s, e) => s + e.delta, 0);
      expect(user.loyaltyScore).toBe(scoresBefore.get(user.id)! + moved);
    }

    // No verdict was announced twice, and per topic the order survived the crash.
    for (const topicId of topicIds) {
      const entries = await stack.deps.redis.xrange(streams.topic(topicId), '-', '+');
      const decided = entries
        .map(([, fields]) => JSON.parse(fields[1]!) as { type: string; id: string })
        .filter((e) => e.type === 'decided')
        .map((e) => e.id);
      expect(new Set(decided).size).toBe(decided.length);
      // One at a time per topic, for everything the new worker took up. (A post the killed
      // worker had already taken into review is left out: its verdict statement may still have
      // been running in the database when the process died.)
      const inTopic = posts.filter((p) => p.topicId === topicId);
      for (let i = 1; i < inTopic.length; i++) {
        if (inTopic[i - 1]!.reviewStartedAt! < restartedAt) continue;
        expect(inTopic[i]!.reviewStartedAt!.getTime()).toBeGreaterThanOrEqual(
          inTopic[i - 1]!.decidedAt!.getTime(),
        );
      }
    }

    killGroup(second.child, 'SIGTERM');
    await exited(second.child);
  }, 240_000);
});
