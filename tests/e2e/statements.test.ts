// Statement pages, formatted text and the dispatches of replies and mentions (docs/product.md
// §17) through the real api and worker: a statement's page carries its parent and replies; the
// text is rendered as the safe Markdown subset while the stored text (what the Overlord judges)
// stays as written; the author replied to and the citizens mentioned are told only once the
// Overlord approves, exactly once, and never when it rejects.
import { stableId } from '@overlord/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TestDatabase } from '../helpers/database.ts';
import { XSS_PAYLOADS } from '../helpers/xss-payloads.ts';
import {
  drainPending,
  type SignedIn,
  startSeededStack,
  startTestStack,
  type TestStack,
  waitFor,
} from '../helpers/stack.ts';

let database: TestDatabase;
/** The api alone: statements wait until a test starts a worker. */
let api: TestStack;
let vera: SignedIn;
let boris: SignedIn;
let ada: SignedIn;
const nuclear = stableId('topic:nuclear');

const SOUND =
  'Reactor waste is small in volume and can be stored safely underground, because modern casks have held it for decades';
const INSULT = 'You are an idiot if you believe this, the whole idea is stupid';

beforeAll(async () => {
  ({ database, stack: api } = await startSeededStack({ worker: false }));
  vera = await api.signIn('citizen_vera');
  boris = await api.signIn('citizen_boris');
  ada = await api.signIn('citizen_ada');
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

/** Runs a worker until `ids` are decided, then stops it. */
async function judge(...ids: string[]) {
  const worker = await startTestStack({ db: database.db, databaseUrl: database.url });
  try {
    await waitFor(
      async () =>
        (await database.db.post.count({ where: { id: { in: ids }, status: 'pending' } })) === 0,
      30_000,
    );
    await drainPending(database.db);
  } finally {
    await worker.stop();
  }
  return database.db.post.findMany({
    where: { id: { in: ids } },
    select: { id: true, status: true },
  });
}

const inbox = async (who: SignedIn) =>
  (await who.client.notifications.list.query({})).items.filter(
    (n) => n.kind === 'reply' || n.kind === 'mention',
  );

describe('statement pages, formatting and dispatches', () => {
  it('dispatches a reply and a mention only once the Overlord approves', async () => {
    const parent = await vera.client.posts.submit.mutate({
      topicId: nuclear,
      body: `${SOUND}, according to the IAEA.`,
    });
    // (The seed's waiting reply is judged here too, and rightly tells its parent's author.)
    await judge(parent.id);
    await database.db.notification.deleteMany({});
    const reply = await boris.client.posts.submit.mutate({
      topicId: nuclear,
      parentId: parent.id,
      body: `As @citizen_ada and @citizen_vera noted, ${SOUND.toLowerCase()}, and **casks** are _tested_ (see https://example.org/casks).`,
    });
    const rude = await boris.client.posts.submit.mutate({
      topicId: nuclear,
      parentId: parent.id,
      body: `@citizen_ada ${INSULT}.`,
    });

    // Waiting: on the record, in evaluation, and nobody has been told anything.
    expect(await inbox(vera)).toEqual([]);
    expect(await inbox(ada)).toEqual([]);
    const waiting = await ada.client.posts.get.query({ id: reply.id });
    expect(waiting.view).toBe('public');

    const verdicts = await judge(reply.id, rude.id);
    expect(verdicts.find((v) => v.id === reply.id)?.status).toBe('approved');
    expect(verdicts.find((v) => v.id === rude.id)?.status).toBe('rejected');

    // The parent's author gets one dispatch (a reply, though also mentioned); Ada one mention;
    // the rejected statement told nobody; the author is not told about their own words.
    const toVera = await inbox(vera);
    expect(toVera).toEqual([
      expect.objectContaining({
        kind: 'reply',
        title: '@citizen_boris replied to your statement',
        link: `/statements/${reply.id}`,
      }),
    ]);
    expect(await inbox(ada)).toEqual([
      expect.objectContaining({
        kind: 'mention',
        title: '@citizen_boris mentioned you in a statement',
        link: `/statements/${reply.id}`,
      }),
    ]);
    expect(await inbox(boris)).toEqual([]);

    // A citizen who blocked the author is not told of their mentions (docs/product.md §20).
    await ada.client.blocks.add.mutate({ username: 'citizen_boris' });
    const blockedMention = await boris.client.posts.submit.mutate({
      topicId: nuclear,
      parentId: parent.id,
      body: `Again @citizen_ada: ${SOUND.toLowerCase()}, and the casks are inspected every year.`,
    });
    const [blockedVerdict] = await judge(blockedMention.id);
    expect(blockedVerdict?.status).toBe('approved');
    expect(await inbox(ada)).toHaveLength(1);
    expect((await inbox(vera)).map((n) => n.kind)).toEqual(['reply', 'reply']);
    await ada.client.blocks.remove.mutate({ username: 'citizen_boris' });

    // The page: the statement with its parent, rendered; the parent's page lists the reply.
    const page = await api.client().posts.get.query({ id: reply.id });
    if (page.view !== 'public') throw new Error(`expected a public page, got ${page.view}`);
    expect(page.parent?.id).toBe(parent.id);
    expect(page.topic.id).toBe(nuclear);
    expect(page.post.body).toContain('**casks**');
    expect(page.post.bodyHtml).toContain('<strong>casks</strong>');
    expect(page.post.bodyHtml).toContain('<em>tested</em>');
    expect(page.post.bodyHtml).toContain(
      '<a href="https://example.org/casks" rel="nofollow ugc noopener">',
    );
    const parentPage = await api.client().posts.get.query({ id: parent.id });
    if (parentPage.view !== 'public') throw new Error('expected a public page');
    expect(parentPage.replies.map((r) => r.id)).toEqual([reply.id, blockedMention.id]);
    // The rejected reply: the author's Graveyard view, and not found for anyone else.
    expect((await boris.client.posts.get.query({ id: rude.id })).view).toBe('graveyard');
    await expect(ada.client.posts.get.query({ id: rude.id })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
  }, 90_000);

  it('keeps the text as written for the judge and renders script as inert text', async () => {
    const body = `${SOUND}. ${XSS_PAYLOADS.slice(0, 5).join(' ')}`;
    const submitted = await vera.client.posts.submit.mutate({ topicId: nuclear, body });
    const stored = await database.db.post.findUniqueOrThrow({
      where: { id: submitted.id },
      select: { body: true },
    });
    expect(stored.body).toBe(body);
    const listed = await api.client().posts.byTopic.query({ topicId: nuclear, limit: 200 });
    const shown = listed.items.find((p) => p.id === submitted.id);
    expect(shown?.body).toBe(body);
    expect(shown?.bodyHtml).not.toMatch(/<(script|img|svg)/i);
    expect(shown?.bodyHtml).not.toMatch(/href="javascript/i);
    expect(shown?.bodyHtml).toContain('&lt;script&gt;');
  });

  it('previews exactly what the page renders, for anyone composing', async () => {
    const text = 'We need *evidence*:\n\n- one\n- two\n\n> quoted';
    const preview = await api.client().posts.preview.mutate({ body: text });
    expect(preview.html).toContain('<em>evidence</em>');
    expect(preview.html).toMatch(/<ul>\s*<li>one<\/li>/);
    expect(preview.html).toMatch(/<blockquote>/);
    await expect(api.client().posts.preview.mutate({ body: '   ' })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST' },
    });
  });
});
