// Ask the Overlord acts (docs/product.md §23), offline (intent parsing), through the real api,
// worker, Postgres and Redis: a request becomes a proposal only when the permission table allows
// it; confirming runs the page's own core function (its rules and audit rows); a proposal is
// single-use, bound to its asker, cancellable and expires.
import { randomUUID } from 'node:crypto';

import { CHAT_PROPOSAL_TTL_SECONDS, embedContent, forgetUserSessions } from '@overlord/core';
import { stableId } from '@overlord/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TestDatabase } from '../helpers/database.ts';
import {
  drainPending,
  judgedPost,
  outcomeOf,
  type SignedIn,
  startSeededStack,
  type TestStack,
} from '../helpers/stack.ts';

let database: TestDatabase;
let stack: TestStack;
let citizen: SignedIn;
let other: SignedIn;
let moderator: SignedIn;
let admin: SignedIn;
let names: { citizen: string; other: string; moderator: string; admin: string };
const nuclear = stableId('topic:nuclear');

/**
 * Citizens of this file's own (the question limit is counted per citizen in the shared Redis,
 * and the seed's citizens are asked questions by other files).
 */
async function newUser(role: 'citizen' | 'moderator' | 'admin'): Promise<[SignedIn, string]> {
  const username = `ask_${role}_${randomUUID().slice(0, 8)}`;
  await database.db.user.create({
    data: { username, role, email: `${username}@example.com` },
    select: { id: true },
  });
  return [await stack.signIn(username), username];
}

beforeAll(async () => {
  ({ database, stack } = await startSeededStack());
  let c, o, m, a;
  [citizen, c] = await newUser('citizen');
  [other, o] = await newUser('citizen');
  [moderator, m] = await newUser('moderator');
  [admin, a] = await newUser('admin');
  names = { citizen: c, other: o, moderator: m, admin: a };
  await drainPending(database.db);
  const posts = await database.db.post.findMany({
    where: { status: 'approved' },
    select: { id: true },
  });
  await embedContent(
    stack.deps,
    posts.map((p) => ({ kind: 'post' as const, id: p.id })),
  );
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

interface Proposal {
  id: string;
  kind: string;
  description: string;
}

async function ask(who: SignedIn, question: string) {
  let text = '';
  let proposal: Proposal | undefined;
  for await (const chunk of await who.client.chat.ask.mutate({ chatId: randomUUID(), question })) {
    if (typeof chunk === 'string') text += chunk;
    else proposal = chunk.proposal;
  }
  return { text, proposal };
}

const proposalKeys = (userId: string) => stack.deps.redis.keys(`chat:proposal:${userId}:*`);
const auditRows = (action: string, actorId: string) =>
  database.db.auditLog.count({ where: { action, actorId } });

describe('Ask the Overlord acts, offline', () => {
  let first: string;
  let second: string;

  it('tells a citizen their standing, rank, badges and sanctions, with the reason', async () => {
    const { text, proposal } = await ask(citizen, 'What is my standing?');
    expect(proposal).toBeUndefined();
    expect(text).toContain(`Citizen ${names.citizen}, your loyalty stands at 0.`);
    expect(text).toMatch(/You rank \d+ of \d+/);
    expect(text).toContain('You are under no sanction.');
    await moderator.client.sanctions.impose.mutate({
      username: names.citizen,
      kind: 'rate_limit',
      rateLimit: { count: 50, windowSeconds: 3_600 },
      hours: 24,
      reason: 'Flooding the nuclear debate with repeats',
    });
    const after = await ask(citizen, 'why am I sanctioned?');
    expect(after.text).toContain('a rate limit of 50 per 3600 seconds');
    expect(after.text).toContain('because “Flooding the nuclear debate with repeats”');
  });

  it('files an appeal from the chat only once confirmed, by the asker alone, once', async () => {
    first = (await judgedPost(citizen, nuclear, 'Only an idiot would trust a reactor, you fools.'))
      .id;
    second = (await judgedPost(citizen, nuclear, 'Coal miners are idiots and so are you all.')).id;
    const { text, proposal } = await ask(
      citizen,
      'Appeal my rejected statement about trusting a reactor because the safety point stands',
    );
    expect(proposal?.kind).toBe('fileAppeal');
    expect(text).toContain('Confirm it, or cancel it.');
    expect(proposal!.description).toContain('Only an idiot would trust a reactor');
    expect(proposal!.description).toContain('the safety point stands');
    // Proposed is not done.
    expect(await database.db.appeal.count({ where: { postId: first } })).toBe(0);
    // Held in Redis, bound to the asker, for a few minutes.
    const [key] = await proposalKeys(citizen.userId);
    expect(key).toBeDefined();
    const ttl = await stack.deps.redis.ttl(key!);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(CHAT_PROPOSAL_TTL_SECONDS);
    // Another citizen, and even a moderator, cannot confirm or cancel it; it survives their try.
    expect(await outcomeOf(other.client.chat.confirm.mutate({ proposalId: proposal!.id }))).toBe(
      'NOT_FOUND',
    );
    expect(await outcomeOf(moderator.client.chat.cancel.mutate({ proposalId: proposal!.id }))).toBe(
      'NOT_FOUND',
    );
    const done = await citizen.client.chat.confirm.mutate({ proposalId: proposal!.id });
    expect(done.kind).toBe('fileAppeal');
    const appeal = await database.db.appeal.findFirstOrThrow({
      where: { postId: first },
      select: { status: true, appellantId: true, reason: true },
    });
    expect(appeal).toEqual({
      status: 'pending',
      appellantId: citizen.userId,
      reason: 'the safety point stands',
    });
    // Single use.
    expect(await outcomeOf(citizen.client.chat.confirm.mutate({ proposalId: proposal!.id }))).toBe(
      'NOT_FOUND',
    );
    // One appeal per item: asking again proposes nothing.
    const again = await ask(citizen, 'appeal my statement about trusting a reactor');
    expect(again.proposal).toBeUndefined();
    expect(again.text).toContain('already appealed');
  });

  it('keeps the appeal cooldown, and forgets cancelled and expired proposals', async () => {
    const cooled = await ask(citizen, 'appeal my statement about coal miners');
    expect(cooled.proposal?.kind).toBe('fileAppeal');
    expect(
      await outcomeOf(citizen.client.chat.confirm.mutate({ proposalId: cooled.proposal!.id })),
    ).toBe('TOO_MANY_REQUESTS');
    // Let the interval pass.
    await database.db.$executeRawUnsafe(
      `UPDATE appeals SET created_at = created_at - interval '6 minutes' WHERE appellant_id = $1::uuid`,
      citizen.userId,
    );
    const cancelled = await ask(citizen, 'appeal my statement about coal miners');
    expect(await citizen.client.chat.cancel.mutate({ proposalId: cancelled.proposal!.id })).toEqual(
      {
        cancelled: true,
      },
    );
    expect(
      await outcomeOf(citizen.client.chat.confirm.mutate({ proposalId: cancelled.proposal!.id })),
    ).toBe('NOT_FOUND');
    const expired = await ask(citizen, 'appeal my statement about coal miners');
    for (const key of await proposalKeys(citizen.userId)) await stack.deps.redis.pexpire(key, 1);
    await new Promise((r) => setTimeout(r, 20));
    expect(
      await outcomeOf(citizen.client.chat.confirm.mutate({ proposalId: expired.proposal!.id })),
    ).toBe('NOT_FOUND');
    expect(await database.db.appeal.count({ where: { postId: second } })).toBe(0);
  });

  it('refuses a citizen the docket and every decision, proposing nothing', async () => {
    for (const question of [
      'show my docket',
      'approve appeal #1: I approve of myself',
      'lift the sanction on @' + 'x',
      'merge tag energy into climate',
    ]) {
      const { text, proposal } = await ask(citizen, question);
      expect(proposal).toBeUndefined();
      expect(text).toContain('the Ministry refuses');
      expect(text).toContain('Nothing has been done.');
    }
    expect(await proposalKeys(citizen.userId)).toEqual([]);
    // A moderator may not lift sanctions either.
    const mod = await ask(moderator, `lift the sanction on @${names.citizen}`);
    expect(mod.proposal).toBeUndefined();
    expect(mod.text).toContain('only the Ministry’s administrators lift sanctions');
  });

  it('lets a moderator read the docket and decide an appeal after confirming, audited', async () => {
    const docket = await ask(moderator, 'show my docket');
    expect(docket.text).toContain(`from ${names.citizen}`);
    const appeal = await database.db.appeal.findFirstOrThrow({
      where: { postId: first },
      select: { id: true },
    });
    expect(docket.text).toContain(appeal.id);
    const { proposal } = await ask(
      moderator,
      `approve appeal ${appeal.id}: the safety concern is a fair point`,
    );
    expect(proposal?.kind).toBe('decideAppeal');
    expect(proposal!.description).toContain(`Sustain the appeal of ${names.citizen}`);
    expect((await database.db.appeal.findUniqueOrThrow({ where: { id: appeal.id } })).status).toBe(
      'pending',
    );
    await moderator.client.chat.confirm.mutate({ proposalId: proposal!.id });
    const decided = await database.db.appeal.findUniqueOrThrow({
      where: { id: appeal.id },
      select: { status: true, decisionNote: true, reviewerId: true },
    });
    expect(decided).toEqual({
      status: 'sustained',
      decisionNote: 'the safety concern is a fair point',
      reviewerId: moderator.userId,
    });
    expect(await auditRows('appeal.sustain', moderator.userId)).toBe(1);
    expect((await database.db.post.findUniqueOrThrow({ where: { id: first } })).status).toBe(
      'approved',
    );
  });

  it('lets a moderator decide a report and a held item from the chat', async () => {
    const target = stableId('post:four-day-2');
    await other.client.flags.file.mutate({
      kind: 'post',
      id: target,
      reason: 'This statement invents its evidence, the Ministry should look.',
    });
    const report = await ask(moderator, `dismiss report by ${names.other}: no treason here`);
    expect(report.proposal?.kind).toBe('decideFlag');
    await moderator.client.chat.confirm.mutate({ proposalId: report.proposal!.id });
    expect(await auditRows('flag.dismiss', moderator.userId)).toBe(1);

    const held = (
      await judgedPost(other, nuclear, 'Reactors are safer than coal because the record shows it.')
    ).id;
    await database.db.post.update({
      where: { id: held },
      data: { status: 'rejected', heldForReview: true },
    });
    const item = await ask(moderator, `reject held item ${held}`);
    expect(item.proposal?.kind).toBe('decideHeld');
    await moderator.client.chat.confirm.mutate({ proposalId: item.proposal!.id });
    expect(await auditRows('held.reject', moderator.userId)).toBe(1);
    expect((await database.db.post.findUniqueOrThrow({ where: { id: held } })).heldForReview).toBe(
      false,
    );
  });

  it('lets an admin lift a sanction, rename and merge tags, each audited', async () => {
    const lift = await ask(admin, `Lift the sanction on @${names.citizen}`);
    expect(lift.proposal?.kind).toBe('liftSanction');
    expect(lift.proposal!.description).toContain('Flooding the nuclear debate');
    await admin.client.chat.confirm.mutate({ proposalId: lift.proposal!.id });
    expect(await auditRows('sanction.lift', admin.userId)).toBe(1);
    expect(
      await database.db.sanction.count({ where: { userId: citizen.userId, liftedAt: null } }),
    ).toBe(0);

    const rename = await ask(admin, 'rename tag climate to climate-policy');
    expect(rename.proposal?.kind).toBe('renameTag');
    await admin.client.chat.confirm.mutate({ proposalId: rename.proposal!.id });
    expect(await database.db.tag.findUnique({ where: { slug: 'climate-policy' } })).not.toBeNull();
    expect(await auditRows('tag.rename', admin.userId)).toBe(1);

    const merge = await ask(admin, 'merge tag transport into taxation');
    expect(merge.proposal?.kind).toBe('mergeTags');
    await admin.client.chat.confirm.mutate({ proposalId: merge.proposal!.id });
    expect(await database.db.tag.findUnique({ where: { slug: 'transport' } })).toBeNull();
    expect(await auditRows('tag.merge', admin.userId)).toBe(1);
  });

  it('decides again at confirm time: a rank lost since the proposal loses the action', async () => {
    const { proposal } = await ask(admin, 'merge tag labour into economy');
    expect(proposal?.kind).toBe('mergeTags');
    await database.db.user.update({ where: { id: admin.userId }, data: { role: 'citizen' } });
    await forgetUserSessions(stack.deps.redis, admin.userId);
    try {
      expect(await outcomeOf(admin.client.chat.confirm.mutate({ proposalId: proposal!.id }))).toBe(
        'FORBIDDEN',
      );
      expect(await database.db.tag.findUnique({ where: { slug: 'labour' } })).not.toBeNull();
    } finally {
      await database.db.user.update({ where: { id: admin.userId }, data: { role: 'admin' } });
      await forgetUserSessions(stack.deps.redis, admin.userId);
    }
  });

  it('finds citizens who argued alike, with links, and says the offline judge offers no opposing voices', async () => {
    const similar = await ask(citizen, 'Who argued like me on nuclear power replacing coal?');
    expect(similar.proposal).toBeUndefined();
    expect(similar.text).toContain(
      'citizens who argued like you on “nuclear power replacing coal”',
    );
    expect(similar.text).toContain('citizen_vera (/citizens/citizen_vera)');
    expect(similar.text).not.toContain(`/citizens/${names.citizen}`);
    expect(similar.text).toContain('offline Overlord finds similar voices by meaning only');
    const opposing = await ask(citizen, 'who disagreed with me on nuclear power?');
    expect(opposing.text).toContain('cannot judge stance, so it offers similar voices only');
  });

  it('refuses bad proposal identifiers with a readable message', async () => {
    const bad = citizen.client.chat.confirm.mutate({ proposalId: 'nope' });
    await expect(bad).rejects.toThrow('That is not a proposal the Ministry issued.');
  });
});
