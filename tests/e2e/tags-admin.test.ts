// Tag administration (docs/product.md §12) over the api: admins+ see every tag with its use, rename
// one (label and slug), and merge one into another, moving its topics and statements; audited.
import { stableId } from '@overlord/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TestDatabase } from '../helpers/database.ts';
import { outcomeOf, type SignedIn, startSeededStack, type TestStack } from '../helpers/stack.ts';

let database: TestDatabase;
let stack: TestStack;
let ivan: SignedIn;
const nuclear = stableId('topic:nuclear');

beforeAll(async () => {
  ({ database, stack } = await startSeededStack({ worker: false }));
  ivan = await stack.signIn('admin_ivan');
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const tagsOfNuclear = async () =>
  (
    await database.db.topicTag.findMany({
      where: { topicId: nuclear },
      select: { tag: { select: { slug: true } } },
    })
  )
    .map((t) => t.tag.slug)
    .sort();

describe('tag administration', () => {
  it('renames a tag and merges another into it, keeping every use', async () => {
    const before = await ivan.client.tags.usage.query();
    const energy = before.find((t) => t.slug === 'energy');
    expect(energy?.topics).toBeGreaterThan(0);

    // A near-duplicate the Overlord once invented, on the nuclear topic and one statement.
    const power = await database.db.tag.create({ data: { slug: 'power', label: 'power' } });
    await database.db.topicTag.create({ data: { topicId: nuclear, tagId: power.id } });
    const post = await database.db.post.findFirstOrThrow({
      where: { topicId: nuclear, status: 'approved' },
      select: { id: true },
    });
    await database.db.postTag.create({ data: { postId: post.id, tagId: power.id } });

    expect(
      await outcomeOf(
        ivan.client.tags.rename.mutate({ slug: 'energy', label: 'x', newSlug: 'power' }),
      ),
    ).toBe('CONFLICT');
    expect(
      await ivan.client.tags.rename.mutate({ slug: 'energy', label: 'Energy and power' }),
    ).toEqual({ slug: 'energy', label: 'Energy and power' });

    const merged = await ivan.client.tags.merge.mutate({ from: 'power', into: 'energy' });
    expect(merged).toMatchObject({ slug: 'energy', posts: 1 });
    expect(await database.db.tag.findUnique({ where: { slug: 'power' } })).toBeNull();
    expect(await tagsOfNuclear()).toContain('energy');
    expect(await tagsOfNuclear()).not.toContain('power');
    expect(
      await database.db.postTag.count({ where: { postId: post.id, tag: { slug: 'energy' } } }),
    ).toBe(1);
    const after = (await ivan.client.tags.usage.query()).find((t) => t.slug === 'energy')!;
    expect(after.label).toBe('Energy and power');
    expect(after.topics).toBe(energy!.topics); // nuclear already had it: no double count

    expect(await outcomeOf(ivan.client.tags.merge.mutate({ from: 'energy', into: 'energy' }))).toBe(
      'BAD_REQUEST',
    );
    const audit = await database.db.auditLog.findMany({
      where: { targetType: 'tag' },
      orderBy: { createdAt: 'asc' },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual(['tag.rename', 'tag.merge']);
  });
});
