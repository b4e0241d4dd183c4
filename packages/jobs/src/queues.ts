// Queue naming. Strict FIFO is needed per topic (posts), per conversation (messages) and across
// all topic proposals, with parallelism between topics. graphile-worker serialises each named
// queue, but advises against a queue name per entity, so entities hash into a fixed number of
// named queues: order within an entity holds (it always maps to the same serial queue) and up
// to QUEUE_SHARDS entities progress in parallel.
import { createHash } from 'node:crypto';

export const QUEUE_SHARDS = 32;
export const TOPIC_QUEUE = 'topics';

function shard(key: string): number {
  return createHash('sha1').update(key).digest().readUInt32BE(0) % QUEUE_SHARDS;
}

export const topicPostQueue = (topicId: string) => `posts:${shard(topicId)}`;
export const conversationQueue = (conversationId: string) => `messages:${shard(conversationId)}`;
