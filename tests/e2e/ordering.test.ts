// Queue order under load (docs/architecture.md §4: strict FIFO per topic and across topic
// proposals, parallel across topics). Many citizens submit interleaved posts to many topics at
// once over HTTP; once everything is judged, each topic's verdicts must follow its submission
// order, and no topic may ever have two posts in review at the same time.
import { seed } from '@overlord/db/seed';
import { streams } from '@overlord/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  createApprovedTopics,
  createTestDatabase,
  type TestDatabase,
} from '../helpers/database.ts';
import { type SignedIn, startTestStack, type TestStack, waitFor } from '../helpers/stack.ts';

const TOPICS = 20;
const LANES = 10;
const POSTS_PER_LANE = 20;

let database: TestDatabase;
let stack: TestStack;

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  stack = await startTestStack({ db: database.db, databaseUrl: database.url });
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

// Approvals and rejections both, so verdict paths of different cost interleave.
const bodies = [
  'Replacing coal with nuclear power cuts emissions because reactors burn no fossil fuel, according to the IAEA.',
  'Nuclear plants run day and night, so they can replace coal without the storage that wind needs, according to grid operators.',
  'You are an idiot if you believe this, the whole idea is stupid.',
  'Reactor waste is small in volume and can be stored safely underground, because modern casks have held it for decades.',
  'Building reactors costs more than coal at first, but because fuel is cheap the lifetime cost per unit of power is lower, according to the IEA.',
];

/** Deterministic shuffle (mulberry32), so a failure can be replayed. */
function shuffled<T>(items: T[], seedValue: number): T[] {
  let s = seedValue;
  const random = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Timed {
  id: string;
  submittedAt: Date;
  reviewStartedAt: Date | null;
  decidedAt: Date | null;
}

/** Consecutive items in submission order: the next is taken up only after the previous verdict. */
function overlaps(rows: Timed[]): string[] {
  const problems: string[] = [];
  for (let i = 1; i < rows.length; i++) {
    const prev = rows[i - 1]!;
    const next = rows[i]!;
    if (next.reviewStartedAt! < prev.decidedAt!)
      problems.push(`${next.id} entered review before ${prev.id} was decided`);
    if (next.decidedAt! < prev.decidedAt!)
      problems.push(`${next.id} was decided before ${prev.id}`);
  }
  return problems;
}

describe('queue order under concurrent load', () => {
  it('judges each topic strictly in submission order, one post at a time, topics in parallel', async () => {
    const topicIds = await createApprovedTopics(database.db, TOPICS);
    const citizens: SignedIn[] = [];
    for (const name of [
      'citizen_vera',
      'citizen_boris',
      'citizen_ada',
      'moderator_olga',
      'admin_ivan',
    ])
      citizens.push(await stack.signIn(name));

    // Each lane is one citizen's browser tab submitting one statement after another, to topics
    // in its own shuffled order; all lanes run at once, so every topic receives posts from
    // several citizens interleaved with posts to other topics.
    const lanes = Array.from({ length: LANES }, (_, lane) =>
      shuffled(
        Array.from({ length: POSTS_PER_LANE }, (_, i) => topicIds[(lane + i) % TOPICS]!),
        lane + 1,
      ),
    );
    const submitted = await Promise.all(
      lanes.map(async (targets, lane) => {
        const author = citizens[lane % citizens.length]!;
        const ids: string[] = [];
        for (const [i, topicId] of targets.entries()) {
          const body = `${bodies[(lane + i) % bodies.length]} (lane ${lane}, statement ${i})`;
          const result = await author.client.posts.submit.mutate({ topicId, body });
          expect(result.status).toBe('pending');
          ids.push(result.id);
        }
        return ids;
      }),
    );
    const allIds = submitted.flat();
    expect(allIds).toHaveLength(LANES * POSTS_PER_LANE);

    await waitFor(
      async () =>
        (await database.db.post.count({ where: { id: { in: allIds }, status: 'pending' } })) === 0,
      120_000,
      200,
    );

    // The database orders by the full microsecond stamps; a JS Date keeps only milliseconds.
    const rows = await database.db.post.findMany({
      where: { id: { in: allIds } },
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        topicId: true,
        status: true,
        submittedAt: true,
        reviewStartedAt: true,
        decidedAt: true,
      },
    });
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['approved', 'rejected']));
    const byId = new Map(rows.map((r) => [r.id, r]));

    // A citizen's own sequence keeps its order in the record (the stamp is taken under the lock).
    for (const ids of submitted) {
      const times = ids.map((id) => byId.get(id)!.submittedAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }

    for (const topicId of topicIds) {
      const posts = rows.filter((r) => r.topicId === topicId);
      expect(posts.length).toBeGreaterThan(0);
      expect(overlaps(posts)).toEqual([]);

      // The same, from the topic's live stream (one total order written by the worker):
      // verdicts arrive in submission order, and each post enters review only after the
      // previous post's verdict.
      const entries = await stack.deps.redis.xrange(streams.topic(topicId), '-', '+');
      const events = entries
        .map(([, fields]) => JSON.parse(fields[1]!) as { type: string; id: string })
        .filter((e) => e.type !== 'submitted');
      const order = posts.map((p) => p.id);
      expect(events.filter((e) => e.type === 'decided').map((e) => e.id)).toEqual(order);
      const expected = order.flatMap((id) => [
        { type: 'in_review', id },
        { type: 'decided', id },
      ]);
      expect(events.map((e) => ({ type: e.type, id: e.id }))).toEqual(expected);
    }

    // Topics really were judged in parallel: some topic's review began while another topic
    // still had a post in review (otherwise the test above proves nothing about isolation).
    const intervals = rows.map((r) => [r.reviewStartedAt!.getTime(), r.decidedAt!.getTime()]);
    const parallel = rows.some((a, i) =>
      rows.some(
        (b, j) =>
          a.topicId !== b.topicId &&
          intervals[i]![0]! < intervals[j]![1]! &&
          intervals[j]![0]! < intervals[i]![1]!,
      ),
    );
    expect(parallel).toBe(true);
  }, 180_000);

  it('judges topic proposals from several proposers in one global order', async () => {
    const proposers: SignedIn[] = [];
    for (const name of ['moderator_olga', 'admin_ivan', 'superadmin_nadia'])
      proposers.push(await stack.signIn(name));
    const submitted = await Promise.all(
      proposers.map(async (proposer, p) => {
        const ids: string[] = [];
        for (let i = 0; i < 4; i++) {
          const district = p * 10 + i;
          const { id } = await proposer.client.topics.create.mutate({
            title: `Should district ${district} fund Sunday library hours?`,
            description: `Libraries give students a quiet place to study, because homes are crowded. Should district ${district} fund Sunday opening hours?`,
          });
          ids.push(id);
        }
        return ids;
      }),
    );
    const allIds = submitted.flat();
    await waitFor(
      async () =>
        (await database.db.topic.count({ where: { id: { in: allIds }, status: 'pending' } })) === 0,
      60_000,
      100,
    );
    const topics = await database.db.topic.findMany({
      where: { id: { in: allIds } },
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      select: { id: true, submittedAt: true, reviewStartedAt: true, decidedAt: true },
    });
    expect(topics).toHaveLength(12);
    expect(overlaps(topics)).toEqual([]);
  }, 90_000);
});
