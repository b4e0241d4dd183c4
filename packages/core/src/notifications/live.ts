// Dispatches arrive live (docs/product.md §13): each citizen has a stream of their own
// (`users:<id>:events`) on which a signal is published once a notification for them has
// committed. The signal carries no content; the page re-reads the record (the unread count, the
// list), as the topic page does with its stream (docs/architecture.md §5).
import { publishEvent, type Redis, streams } from '@overlord/redis';

export interface DispatchEvent {
  type: 'dispatch';
  /** ISO time of the publication. */
  at: string;
}

/** Best effort, after the commit: with Redis down the next page load shows the count. */
export async function publishDispatches(redis: Redis, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  const event: DispatchEvent = { type: 'dispatch', at: new Date().toISOString() };
  await Promise.all(userIds.map((id) => publishEvent(redis, [streams.user(id)], { ...event })));
}
