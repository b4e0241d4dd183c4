// The conversation of Ask the Overlord, kept by the server for one signed-in session
// (docs/product.md §12: no memory across sessions). The client sends only its question and a chat
// id; earlier turns, the Overlord's answers included, come from here, so nobody can put words in
// its mouth.
import { createHash } from 'node:crypto';

import type { ChatMessage } from '@overlord/overlord';
import type { Redis } from '@overlord/redis';

export const CHAT_MEMORY = {
  /** Turns kept (questions and answers); older ones drop off. */
  messages: 20,
  /** Idle seconds before a conversation is forgotten; every turn restarts the clock. */
  ttlSeconds: 3_600,
} as const;

/**
 * Keyed by the session, not the citizen: a new session (after sign-out, on another device)
 * starts fresh, and a chat id guessed from elsewhere reaches nothing.
 */
const conversationKey = (sessionId: string, chatId: string) =>
  `chat:conversation:${createHash('sha256').update(`${sessionId}:${chatId}`).digest('hex')}`;

export interface ConversationMemory {
  history(): Promise<ChatMessage[]>;
  remember(question: string, answer: string): Promise<void>;
}

/** No session (a script, a test context): every question stands alone. */
const forgetful: ConversationMemory = {
  history: async () => [],
  remember: async () => {},
};

export function conversationMemory(
  redis: Redis,
  sessionId: string | null | undefined,
  chatId: string,
): ConversationMemory {
  if (!sessionId) return forgetful;
  const key = conversationKey(sessionId, chatId);
  return {
    async history() {
      // Redis down: answer without memory rather than not at all.
      const items = await redis.lrange(key, -CHAT_MEMORY.messages, -1).catch(() => []);
      return items.map((item) => JSON.parse(item) as ChatMessage);
    },
    async remember(question, answer) {
      await redis
        .multi()
        .rpush(
          key,
          JSON.stringify({ role: 'user', content: question } satisfies ChatMessage),
          JSON.stringify({ role: 'assistant', content: answer } satisfies ChatMessage),
        )
        .ltrim(key, -CHAT_MEMORY.messages, -1)
        .expire(key, CHAT_MEMORY.ttlSeconds)
        .exec()
        .catch(() => null);
    },
  };
}
