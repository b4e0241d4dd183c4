// Ask the Overlord (docs/product.md §12) through the real api and the typed client: the answer
// streams in chunks, cites public records found by meaning (with links), never cites hidden or
// rejected content, knows who asks, and is rate-limited per citizen.
import { randomUUID } from 'node:crypto';

import { CHAT_LIMIT, embedContent } from '@overlord/core';
import { stableId } from '@overlord/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TestDatabase } from '../helpers/database.ts';
import { outcomeOf, type SignedIn, startSeededStack, type TestStack } from '../helpers/stack.ts';

let database: TestDatabase;
let stack: TestStack;
let vera: SignedIn;
const nuclear = stableId('topic:nuclear');

beforeAll(async () => {
  ({ database, stack } = await startSeededStack({ worker: false }));
  vera = await stack.signIn('citizen_vera');
  // Every public topic and statement has its vector, as the worker's embed jobs would leave it.
  const topics = await database.db.topic.findMany({
    where: { status: 'approved' },
    select: { id: true },
  });
  const posts = await database.db.post.findMany({
    where: { status: 'approved' },
    select: { id: true },
  });
  await embedContent(stack.deps, [
    ...topics.map((t) => ({ kind: 'topic' as const, id: t.id })),
    ...posts.map((p) => ({ kind: 'post' as const, id: p.id })),
  ]);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

async function ask(who: SignedIn, question: string) {
  const stream = await who.client.chat.ask.mutate({ chatId: randomUUID(), question });
  const chunks: string[] = [];
  for await (const chunk of stream) if (typeof chunk === 'string') chunks.push(chunk);
  return chunks;
}

describe('Ask the Overlord', () => {
  it('streams an answer that cites public debates by meaning, with links', async () => {
    const chunks = await ask(vera, 'show debates about nuclear power and coal');
    expect(chunks.length).toBeGreaterThan(5);
    const answer = chunks.join('');
    expect(answer).toContain(`/topics/${nuclear}`);
    expect(answer).toContain('Citizen citizen_vera');
    // It knows her standing.
    const me = await vera.client.account.me.query();
    expect(answer).toContain(`Your loyalty stands at ${me.loyaltyScore}`);
  });

  it('never cites hidden content', async () => {
    await database.db.topic.update({ where: { id: nuclear }, data: { hiddenAt: new Date() } });
    const answer = (await ask(vera, 'show debates about nuclear power and coal')).join('');
    expect(answer).not.toContain(`/topics/${nuclear}`);
    await database.db.topic.update({ where: { id: nuclear }, data: { hiddenAt: null } });
  });

  it('refuses bad input and anonymous askers, and limits how often a citizen asks', async () => {
    expect(
      await outcomeOf(vera.client.chat.ask.mutate({ chatId: randomUUID(), question: '  ' })),
    ).toBe('BAD_REQUEST');
    expect(
      await outcomeOf(vera.client.chat.ask.mutate({ chatId: 'not-a-uuid', question: 'rules?' })),
    ).toBe('BAD_REQUEST');
    expect(
      await outcomeOf(stack.client().chat.ask.mutate({ chatId: randomUUID(), question: 'rules?' })),
    ).toBe('UNAUTHORIZED');
    const boris = await stack.signIn('citizen_boris');
    for (let i = 0; i < CHAT_LIMIT.questions; i++) await ask(boris, `what are the rules? (${i})`);
    expect(await outcomeOf(ask(boris, 'and again?'))).toBe('TOO_MANY_REQUESTS');
  });
});
