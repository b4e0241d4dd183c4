import { publishEvent, type Redis, streams } from '@overlord/redis';

export type PostEventType = 'post.submitted' | 'post.in_review' | 'post.decided';

export interface PostEvent {
  type: PostEventType;
  postId: string;
  topicId: string;
  status: 'pending' | 'approved' | 'rejected' | 'calibrate';
  at: string;
}

/** Best effort: the database is the truth; a missed live event is caught up on the next read. */
export async function publishPostEvent(redis: Redis, event: PostEvent): Promise<void> {
  await publishEvent(redis, [streams.topic(event.topicId), streams.queues()], { ...event });
}
