export { BACKGROUND_PRIORITY, enqueue, type EnqueueOptions, type SqlExecutor } from './enqueue.ts';
export { conversationQueue, QUEUE_SHARDS, TOPIC_QUEUE, topicPostQueue } from './queues.ts';
export { jobPayloads, jobQueues, parsePayload, type JobName, type JobPayload } from './registry.ts';
export { runJobMigrations } from './migrations.ts';
