// Ask the Overlord (SPEC §12): a conversation held by the browser (the server keeps no memory
// across requests), answered from the rules and from retrieved public content, with links, and
// knowing who asks (name, loyalty, Graveyard count). The answer streams in chunks.
import type { ChatMessage } from '@overlord/overlord';

import type { Actor, Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { retrieveRecords } from './retrieve.ts';

/** Questions a citizen may ask per window: answers cost a model call each. */
export const CHAT_LIMIT = { questions: 20, windowSeconds: 600 } as const;

async function assertWithinLimit(deps: Pick<Deps, 'redis'>, actor: Actor): Promise<void> {
  const key = `chat:rate:${actor.id}`;
  let count: number;
  try {
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

/** Checks the limit and gathers what the answer needs; then streams it. */
export async function askOverlord(
  deps: Deps,
  actor: Actor,
  input: { messages: ChatMessage[] },
): Promise<AsyncIterable<string>> {
  await assertWithinLimit(deps, actor);
  const question = input.messages.at(-1)!.content;
  const [user, buriedPosts, buriedTopics, context] = await Promise.all([
    deps.db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { loyaltyScore: true } }),
    deps.db.post.count({ where: { authorId: actor.id, status: 'rejected' } }),
    deps.db.topic.count({ where: { authorId: actor.id, status: 'rejected' } }),
    retrieveRecords(deps, question),
  ]);
  return deps.overlord.chat({
    messages: input.messages,
    citizen: {
      username: actor.username,
      loyalty: user.loyaltyScore,
      graveyard: buriedPosts + buriedTopics,
    },
    context,
  });
}
