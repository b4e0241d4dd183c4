// Live queue events (docs/product.md §7). Every step of an item (submitted, in review, decided)
// goes to the global queue stream (the public pneumatic-tube view), the item's own job stream (its
// author's status card; topics and posts) and, for a post, its topic's stream (the topic page).
import { createHash } from 'node:crypto';

import { publishEvent, type Redis, streams } from '@overlord/redis';

export type QueueItemKind = 'topic' | 'post' | 'message';
export type QueueEventType = 'submitted' | 'in_review' | 'decided';
export type QueueItemStatus = 'pending' | 'approved' | 'rejected' | 'calibrate' | 'withdrawn';

export interface QueueEvent {
  type: QueueEventType;
  kind: QueueItemKind;
  id: string;
  /** 'global' for topic proposals, the topic id for posts, an opaque key for conversations. */
  queueKey: string;
  status: QueueItemStatus;
  /** ISO time of the step. */
  at: string;
  /** Posts only: the topic the post belongs to. */
  topicId?: string;
}

export const TOPIC_QUEUE_KEY = 'global';

/**
 * Conversations are private: the public stream names their queue by a digest, so watchers can
 * group capsules per conversation without learning who talks to whom.
 */
export function conversationQueueKey(conversationId: string): string {
  return `c-${createHash('sha256').update(conversationId).digest('hex').slice(0, 12)}`;
}

/** A message's public identity in the queue view: stable, but not its database id. */
export function opaqueMessageId(messageId: string): string {
  return `m-${createHash('sha256').update(messageId).digest('hex').slice(0, 12)}`;
}

function streamsFor(event: QueueEvent): string[] {
  // A private message has no public job stream: its sender reads its status from the API.
  if (event.kind === 'message') return [streams.queues()];
  const names = [streams.job(event.id), streams.queues()];
  if (event.kind === 'post' && event.topicId) names.push(streams.topic(event.topicId));
  return names;
}

/**
 * Best effort: the database is the truth. With Redis down this returns quickly (publishEvent
 * swallows the error) and the next read shows the current state.
 */
export async function publishQueueEvent(redis: Redis, event: QueueEvent): Promise<void> {
  await publishEvent(redis, streamsFor(event), { ...event });
}

export function postEvent(
  type: QueueEventType,
  post: { id: string; topicId: string },
  status: QueueItemStatus,
  at: Date,
): QueueEvent {
  return {
    type,
    kind: 'post',
    id: post.id,
    queueKey: post.topicId,
    topicId: post.topicId,
    status,
    at: at.toISOString(),
  };
}

export function topicEvent(
  type: QueueEventType,
  topicId: string,
  status: QueueItemStatus,
  at: Date,
): QueueEvent {
  return {
    type,
    kind: 'topic',
    id: topicId,
    queueKey: TOPIC_QUEUE_KEY,
    status,
    at: at.toISOString(),
  };
}

export function messageEvent(
  type: QueueEventType,
  message: { id: string; conversationId: string },
  status: QueueItemStatus,
  at: Date,
): QueueEvent {
  return {
    type,
    kind: 'message',
    id: opaqueMessageId(message.id),
    queueKey: conversationQueueKey(message.conversationId),
    status,
    at: at.toISOString(),
  };
}
