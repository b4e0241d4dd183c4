// Badges (docs/product.md §8) are awarded automatically from verdict history: statements go through
// the real api and worker (offline judge), the award job runs in the worker, and the profile shows
// the result. Awards are idempotent and follow the configured thresholds exactly.
import { awardBadges, badgeCatalogue, syncBadgeCatalogue } from '@overlord/core';
import { stableId } from '@overlord/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TestDatabase } from '../helpers/database.ts';
import {
  judgedPost,
  type SignedIn,
  startSeededStack,
  type TestStack,
  waitFor,
} from '../helpers/stack.ts';

let database: TestDatabase;
let stack: TestStack;
let citizen: SignedIn;
const nuclear = stableId('topic:nuclear');

const STRONG =
  'Replacing coal with nuclear power cuts emissions because reactors burn no fossil fuel, according to the IAEA';
const INSULT = 'You are an idiot if you believe this, the whole idea is stupid';

beforeAll(async () => {
  ({ database, stack } = await startSeededStack());
  // A newcomer with no history, so every badge below comes from this test's statements.
  await database.db.user.create({
    data: { username: 'citizen_newton', email: 'newton@example.com', onboardedAt: new Date() },
  });
  citizen = await stack.signIn('citizen_newton');
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const judged = (body: string) => judgedPost(citizen, nuclear, body);

const badgesOnProfile = async () =>
  (await stack.client().users.profile.query({ username: 'citizen_newton' })).badges.map(
    (b) => b.slug,
  );

describe('badges', () => {
  it('stores the configured catalogue', async () => {
    await syncBadgeCatalogue(database.db);
    const stored = await database.db.badge.findMany({
      select: { slug: true, polarity: true, criteria: true },
      orderBy: { slug: 'asc' },
    });
    expect(stored.map((b) => b.slug)).toEqual(badgeCatalogue.map((b) => b.slug).sort());
    const logic = stored.find((b) => b.slug === 'master-of-logic')!;
    expect(logic.polarity).toBe('positive');
    expect(logic.criteria).toEqual({ verdicts: ['approved'], minLogic: 0.8, count: 5 });
  });

  it('awards Master of Logic at the fifth strong statement, once, through the worker', async () => {
    const threshold = badgeCatalogue.find((b) => b.slug === 'master-of-logic')!.criteria.count;
    for (let i = 1; i < threshold; i++) {
      const verdict = await judged(`${STRONG} (point ${i}).`);
      expect(verdict.status).toBe('approved');
    }
    // One short: nothing yet.
    expect(await awardBadges(database.db)).not.toContainEqual(
      expect.objectContaining({ userId: citizen.userId }),
    );
    expect(await badgesOnProfile()).toEqual([]);

    expect((await judged(`${STRONG} (point ${threshold}).`)).status).toBe('approved');
    // The worker's scheduled run (the same job the crontab adds every minute).
    await database.db.$executeRawUnsafe(
      `SELECT graphile_worker.add_job('award-badges', '{"sinceMinutes": 10}'::json)`,
    );
    await waitFor(async () => (await badgesOnProfile()).includes('master-of-logic'), 15_000);
    const profile = await stack.client().users.profile.query({ username: 'citizen_newton' });
    expect(profile.badges).toContainEqual(
      expect.objectContaining({ slug: 'master-of-logic', name: 'Master of Logic' }),
    );

    // Runs again find nothing new, and the award exists once.
    expect(await awardBadges(database.db)).toEqual([]);
    expect(await database.db.badgeAward.count({ where: { userId: citizen.userId } })).toBe(1);
  });

  it('marks repeated personal attacks with the Ad Hominem badge', async () => {
    const threshold = badgeCatalogue.find((b) => b.slug === 'ad-hominem')!.criteria.count;
    for (let i = 1; i <= threshold; i++) {
      const verdict = await judged(`${INSULT} (number ${i}).`);
      expect(verdict.status).toBe('rejected');
    }
    const awards = await awardBadges(database.db, { since: new Date(Date.now() - 60_000) });
    expect(awards.filter((a) => a.userId === citizen.userId)).toEqual([
      { userId: citizen.userId, slug: 'ad-hominem' },
    ]);
    const badges = (await stack.client().users.profile.query({ username: 'citizen_newton' }))
      .badges;
    // Honours first, then marks of shame.
    expect(badges.map((b) => [b.slug, b.polarity])).toEqual([
      ['master-of-logic', 'positive'],
      ['ad-hominem', 'negative'],
    ]);
  });
});
