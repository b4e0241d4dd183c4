// Ask the Overlord (docs/product.md §12): a conversation the server keeps for the session only
// (memory.ts), answered from the rules and from retrieved public content, with links, and
// knowing who asks (name, loyalty, Graveyard count). The answer streams in chunks.
import { whenReady } from '@overlord/redis';

import type { Actor, Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { actOn } from './act.ts';
import { conversationMemory } from './memory.ts';
import type { ChatProposal } from './proposals.ts';
import { retrieveRecords } from './retrieve.ts';

/** Questions a citizen may ask per window: answers cost a model call each. */
export const CHAT_LIMIT = { questions: 20, windowSeconds: 600 } as const;

async function assertWithinLimit(deps: Pick<Deps, 'redis'>, actor: Actor): Promise<void> {
  const key = `chat:rate:${actor.id}`;
  let count: number;
  try {
    // A client still connecting (start-up, reconnect, AUTH) is not Redis down: give it a moment
    // before failing closed, since commands are never queued while it connects.
    await whenReady(deps.redis, 1_000);
    count = await deps.redis.incr(key);
    if (count === 1) await deps.redis.expire(key, CHAT_LIMIT.windowSeconds);
  } catch {
    // Redis down: the limit cannot be counted, and every answer costs a model call. Fail closed.
    throw new DomainError(
      'SERVICE_UNAVAILABLE',
      'The Overlord cannot count your questions just now, so it answers none. Ask again shortly.',
    );
  }
  if (count > CHAT_LIMIT.questions) {
    throw new DomainError(
      'TOO_MANY_REQUESTS',
      `Citizen, the Overlord answers ${CHAT_LIMIT.questions} questions every ${CHAT_LIMIT.windowSeconds / 60} minutes. Reflect on the answers you have.`,
    );
  }
}

/** What the answer streams: text chunks, and at most one proposed action to confirm. */
export type ChatChunk = string | { type: 'proposal'; proposal: ChatProposal };

/** Splits a composed answer into chunks, so it streams like the model's. */
const chunked = (text: string) => text.match(/\S+\s*/g) ?? [text];

/**
 * Checks the limit and gathers what the answer needs (the session's earlier turns included);
 * then streams it, and remembers the exchange once the answer is complete. A request to act
 * (docs/product.md §23) is answered by act.ts instead: the model (or the offline rules) only
 * names it; the permission table decides, and actions wait for the asker's confirmation.
 */
export async function askOverlord(
  deps: Deps,
  actor: Actor,
  input: { chatId: string; question: string },
  sessionId: string | null | undefined,
): Promise<AsyncIterable<ChatChunk>> {
  await assertWithinLimit(deps, actor);
  const { question } = input;
  const memory = conversationMemory(deps.redis, sessionId, input.chatId);
  const intent = await deps.overlord.interpret({ question });
  if (intent) {
    const outcome = await actOn(deps, actor, intent);
    return (async function* () {
      yield* chunked(outcome.text);
      if (outcome.proposal) yield { type: 'proposal' as const, proposal: outcome.proposal };
      await memory.remember(question, outcome.text);
    })();
  }
  const [history, user, buriedPosts, buriedTopics, context] = await Promise.all([
    memory.history(),
    deps.db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { loyaltyScore: true } }),
    deps.db.post.count({ where: { authorId: actor.id, status: 'rejected' } }),
    deps.db.topic.count({ where: { authorId: actor.id, status: 'rejected' } }),
    retrieveRecords(deps, question),
  ]);
  const answer = deps.overlord.chat({
    messages: [...history, { role: 'user', content: question }],
    citizen: {
      username: actor.username,
      loyalty: user.loyaltyScore,
      graveyard: buriedPosts + buriedTopics,
    },
    context,
  });
  return (async function* () {
    let said = '';
    for await (const chunk of answer) {
      said += chunk;
      yield chunk;
    }
    // Only a whole answer is remembered: a failed or abandoned one leaves no half turn behind.
    if (said) await memory.remember(question, said);
  })();
}
