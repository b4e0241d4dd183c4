// The domain services, one section per domain folder (each exposes its own index.ts). The apps
// import from here; a few subpaths (package.json) serve callers that need one domain only.

// Shared: what every domain is given and the rules they share.
export type { Actor, Deps } from './deps.ts';
export { DomainError } from './errors.ts';
export {
  conversationQueueKey,
  messageEvent,
  opaqueMessageId,
  postEvent,
  publishQueueEvent,
  type QueueEvent,
  type QueueEventType,
  type QueueItemKind,
  topicEvent,
  TOPIC_QUEUE_KEY,
} from './live.ts';
export { type LoyaltyWeights, loyaltyWeights, recordModerationEvent } from './loyalty.ts';
export { createAppOverlord, type AppOverlordOptions } from './overlord.ts';
export { HELD_FEEDBACK, screenFailClosed, SCREEN_TIMEOUT_MS } from './screening.ts';
// Citizens: accounts, sessions, profiles and their administration.
export * from './citizens/index.ts';
export * from './permissions/index.ts';
export * from './sanctions/index.ts';
export * from './blocks/index.ts';

// Submissions and their review.
export * from './posts/index.ts';
export * from './topics/index.ts';
export * from './messages/index.ts';
export * from './review/index.ts';
export * from './queues/index.ts';
export * from './limits/index.ts';
export * from './moderation/index.ts';
export * from './translation/index.ts';

// Moderation after the verdict.
export * from './appeals/index.ts';
export * from './flags/index.ts';
export * from './tags-admin/index.ts';
export * from './log/index.ts';

// Standing: loyalty ranks, badges, notifications.
export * from './leaderboard/index.ts';
export * from './badges/index.ts';
export * from './notifications/index.ts';
export * from './follows/index.ts';

// The Overlord's memory and costs.
export * from './chat/index.ts';
export * from './search/index.ts';
export * from './embeddings/index.ts';
export * from './cache/index.ts';
export * from './costs/index.ts';

// Privacy: export, erasure, retention.
export * from './privacy/index.ts';

// Running the Ministry: run-time settings, the audit trail, the dashboard's figures.
export * from './settings/index.ts';
export * from './audit/index.ts';
export * from './dashboard/index.ts';
