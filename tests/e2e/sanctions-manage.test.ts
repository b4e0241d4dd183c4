// Managing sanctions (docs/product.md §10) over the api: moderators+ apply a freeze or a rate
// limit, only downwards in rank and for at most a week; admins+ escalate (a stronger sanction
// replaces the old one) and lift; the citizen sees their own; every change is audited; enforcement
// follows at once on the citizen's next submission.
import { stableId } from '@overlord/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TestDatabase } from '../helpers/database.ts';
import { outcomeOf, type SignedIn, startSeededStack, type TestStack } from '../helpers/stack.ts';

let database: TestDatabase;
let stack: TestStack;
let boris: SignedIn;
let olga: SignedIn;
let ivan: SignedIn;
const transit = stableId('topic:transit');

beforeAll(async () => {
  ({ database, stack } = await startSeededStack({ worker: false }));
  boris = await stack.signIn('citizen_boris');
  olga = await stack.signIn('moderator_olga');
  ivan = await stack.signIn('admin_ivan');
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const speak = (n: number) =>
  boris.client.posts.submit.mutate({
    topicId: transit,
    body: `Frequent buses beat free fares, because riders value short waits, say surveys (${n}).`,
  });

describe('managing sanctions', () => {
  let freezeId: string;

  it('lets a moderator freeze a citizen, within limits, and the freeze holds at once', async () => {
    expect(await outcomeOf(speak(1))).toBe('ok');
    const refusals = await Promise.all([
      outcomeOf(
        olga.client.sanctions.impose.mutate({
          username: 'admin_ivan',
          kind: 'freeze',
          hours: 1,
          reason: 'Upwards.',
        }),
      ),
      outcomeOf(
        olga.client.sanctions.impose.mutate({
          username: 'moderator_olga',
          kind: 'freeze',
          hours: 1,
          reason: 'Myself.',
        }),
      ),
      outcomeOf(
        olga.client.sanctions.impose.mutate({
          username: 'citizen_boris',
          kind: 'freeze',
          hours: 200,
          reason: 'Too long.',
        }),
      ),
      outcomeOf(
        olga.client.sanctions.impose.mutate({
          username: 'citizen_boris',
          kind: 'rate_limit',
          hours: 1,
          reason: 'No numbers.',
        }),
      ),
      outcomeOf(
        boris.client.sanctions.impose.mutate({
          username: 'citizen_vera',
          kind: 'freeze',
          hours: 1,
          reason: 'Citizens cannot.',
        }),
      ),
    ]);
    expect(refusals).toEqual([
      'FORBIDDEN',
      'PRECONDITION_FAILED',
      'BAD_REQUEST',
      'BAD_REQUEST',
      'FORBIDDEN',
    ]);

    const freeze = await olga.client.sanctions.impose.mutate({
      username: 'citizen_boris',
      kind: 'freeze',
      hours: 24,
      reason: 'Flooding the transit topic.',
    });
    freezeId = freeze.id;
    expect(freeze).toMatchObject({
      kind: 'freeze',
      active: true,
      issuedBy: { username: 'moderator_olga' },
    });
    const hoursLeft = (freeze.endsAt!.getTime() - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(23.9);
    expect(hoursLeft).toBeLessThanOrEqual(24);

    const refused = await speak(2).catch((e: { message: string; data?: { code?: string } }) => e);
    expect(refused).toMatchObject({ data: { code: 'FORBIDDEN' } });
    expect((refused as { message: string }).message).toMatch(/frozen/);
    // The citizen is told why.
    const mine = await boris.client.sanctions.mine.query();
    expect(mine).toEqual([
      expect.objectContaining({
        id: freezeId,
        active: true,
        reason: 'Flooding the transit topic.',
      }),
    ]);
  });

  it('leaves escalation and lifting to admins', async () => {
    expect(await outcomeOf(olga.client.sanctions.lift.mutate({ sanctionId: freezeId }))).toBe(
      'FORBIDDEN',
    );
    const escalated = await ivan.client.sanctions.escalate.mutate({
      sanctionId: freezeId,
      kind: 'rate_limit',
      rateLimit: { count: 5, windowSeconds: 3_600 },
      hours: null,
      reason: 'Commuted to a standing rate limit.',
    });
    expect(escalated).toMatchObject({
      kind: 'rate_limit',
      rateLimitCount: 5,
      endsAt: null,
      active: true,
      escalatedFromId: freezeId,
    });
    // The freeze is over (a rate limit of 5 an hour lets him speak again).
    expect(await outcomeOf(speak(3))).toBe('ok');
    const history = await olga.client.sanctions.ofCitizen.query({ username: 'citizen_boris' });
    expect(history.map((s) => [s.kind, s.active])).toEqual([
      ['rate_limit', true],
      ['freeze', false],
    ]);
    expect(await outcomeOf(ivan.client.sanctions.lift.mutate({ sanctionId: freezeId }))).toBe(
      'NOT_FOUND',
    );

    const lifted = await ivan.client.sanctions.lift.mutate({ sanctionId: escalated.id });
    expect(lifted.active).toBe(false);
    expect((await boris.client.sanctions.mine.query()).some((s) => s.active)).toBe(false);

    const audit = await database.db.auditLog.findMany({
      where: { targetType: 'sanction' },
      orderBy: { createdAt: 'asc' },
      select: { action: true, actorId: true },
    });
    expect(audit).toEqual([
      { action: 'sanction.apply', actorId: olga.userId },
      { action: 'sanction.escalate', actorId: ivan.userId },
      { action: 'sanction.lift', actorId: ivan.userId },
    ]);
  });
});
