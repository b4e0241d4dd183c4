// Topic proposals (docs/product.md §4): visible "in evaluation" at once, judged in one global FIFO
// queue by the worker, approved with tags (+5 loyalty) or rejected into the author's Graveyard.
import { seed } from '@overlord/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startTestStack, type TestStack, waitFor } from '../helpers/stack.ts';

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

const decided = (id: string) =>
  waitFor(async () => {
    const t = await database.db.topic.findUniqueOrThrow({
      where: { id },
      select: {
        status: true,
        feedback: true,
        decidedAt: true,
        tags: { select: { tag: { select: { slug: true } } } },
      },
    });
    return t.status !== 'pending' && t;
  });

describe('topic proposals', () => {
  it('shows a proposal in evaluation, then approves it with tags and +5 loyalty', async () => {
    const olga = await stack.signIn('moderator_olga');
    const before = await database.db.user.findUniqueOrThrow({ where: { id: olga.userId } });
    const created = await olga.client.topics.create.mutate({
      title: 'Should cities tax empty homes to ease the housing shortage?',
      description:
        'Some cities charge owners who leave homes empty, because vacant housing raises rents. Debate whether such a tax increases housing supply, with evidence.',
    });
    expect(created.status).toBe('pending');
    const listed = await stack.client().topics.list.query({});
    expect(listed.items.find((t) => t.id === created.id)).toMatchObject({ inEvaluation: true });

    const topic = await decided(created.id);
    expect(topic.status).toBe('approved');
    expect(topic.tags.map((t) => t.tag.slug)).toContain('housing');
    const after = await database.db.user.findUniqueOrThrow({ where: { id: olga.userId } });
    expect(after.loyaltyScore - before.loyaltyScore).toBe(5);
  });

  it('rejects an abusive proposal and removes it from public view', async () => {
    const olga = await stack.signIn('moderator_olga');
    const created = await olga.client.topics.create.mutate({
      title: 'Why are all of you such idiots about trains?',
      description: 'You are morons and idiots, every one of you, and trains are stupid garbage.',
    });
    const topic = await decided(created.id);
    expect(topic.status).toBe('rejected');
    expect(topic.feedback).toBeTruthy();
    const listed = await stack.client().topics.list.query({ limit: 50 });
    expect(listed.items.some((t) => t.id === created.id)).toBe(false);
  });

  it('judges proposals in submission order', async () => {
    const olga = await stack.signIn('moderator_olga');
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const { id } = await olga.client.topics.create.mutate({
        title: `Should libraries open on Sundays in district ${n}?`,
        description: `Libraries give students a quiet place to study, because homes are crowded. Should district ${n} fund Sunday opening hours?`,
      });
      ids.push(id);
    }
    const rows = await Promise.all(ids.map(decided));
    const times = rows.map((r) => r.decidedAt!.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
