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
export { loyaltyWeights, recordModerationEvent } from './loyalty.ts';
export { evaluatePost, type EvaluatePostOutcome } from './posts/evaluate.ts';
export * from './review/index.ts';
export * from './limits/index.ts';
export { insertQueuedPost } from './posts/enqueue-sql.ts';
export { getPostStatus, listTopicPosts, type PublicPost } from './posts/queries.ts';
export { submitPost, type SubmitPostInput, type SubmitPostResult } from './posts/submit.ts';
export {
  cachedQueueOverview,
  OVERVIEW_CACHE_MS,
  queueOverview,
  type QueueOverview,
} from './queues/overview.ts';
export { estimateWait, recentSecondsPerItem } from './queues/eta.ts';
export { HELD_FEEDBACK, screenFailClosed, SCREEN_TIMEOUT_MS } from './screening.ts';
export { getTopic, listTopics, type TopicSummary } from './topics/queries.ts';
export {
  changeUsername,
  completeOnboarding,
  createUserFromSignIn,
  getOwnAccount,
  getProfile,
  type NewUserInput,
} from './accounts/accounts.ts';
export { onboardingSteps } from './accounts/onboarding.ts';
export { generateUsername } from './accounts/username.ts';
export { auditReadMessage } from './admin/messages.ts';
export { banUser, deleteUser, setUserRole, unbanUser, type AdminUserView } from './admin/users.ts';
export {
  decide,
  permissionTable,
  roleAtLeast,
  ROLES,
  type Capability,
  type CapabilityRule,
  type DynamicFacts,
  type MinRole,
  type Role,
} from './permissions/table.ts';
export { submitTopic, type SubmitTopicInput, type SubmitTopicResult } from './topics/submit.ts';
export { loyaltyStanding, type LoyaltyStanding } from './leaderboard/ranking.ts';
export {
  forgetSession,
  forgetUserSessions,
  readCookie,
  resolveSession,
  sessionCookieName,
  SESSION_CACHE_SECONDS,
  type SessionState,
} from './users/session.ts';
export { createAppOverlord, type AppOverlordOptions } from './overlord.ts';
export { COST_FLUSH_MS, createCostLedger, type CostLedger } from './costs/ledger.ts';
export { providerCostsByDay, type CostDay } from './costs/report.ts';
export { createSemanticCache, type SemanticCache } from './cache/semantic-cache.ts';
export { withSemanticCache } from './cache/cached-overlord.ts';
export { listHeldForReview, type HeldItem } from './moderation/held.ts';
export { embedContent, staleContent, type EmbeddableKind } from './embeddings/embed-content.ts';
export { contentTexts, textForJudgement, type JudgedText } from './translation/translations.ts';
export { evaluateTopic, type EvaluateTopicOutcome } from './topics/evaluate.ts';
export { pruneSemanticCache } from './cache/semantic-cache.ts';
export {
  badgesOf,
  leaderboardPage,
  registryPage,
  topShareCutoff,
  type BadgeSummary,
  type CitizenPage,
  type RankedCitizen,
  type TopShareCutoff,
} from './leaderboard/standings.ts';
export { citizenActivity, getCitizenProfile, type TagWeight } from './citizens/profile.ts';
export {
  findCitizenByUsername,
  graveyardOf,
  type GraveyardItem,
  type RejectionReasonCode,
} from './citizens/graveyard.ts';
export { evaluateMessage, type EvaluateMessageOutcome } from './messages/evaluate.ts';
export {
  getMessageStatus,
  getThread,
  listConversations,
  type ConversationSummary,
} from './messages/queries.ts';
export { sendMessage, type SendMessageInput, type SendMessageResult } from './messages/submit.ts';
export {
  awardBadges,
  badgeCatalogue,
  type BadgeCriteria,
  type BadgeDefinition,
  type NewAward,
  syncBadgeCatalogue,
} from './badges/index.ts';
export {
  APPEAL_INTERVAL_SECONDS,
  type AppealCase,
  appealQueue,
  decideAppeal,
  type DecideAppealInput,
  fileAppeal,
  type FileAppealInput,
} from './appeals/index.ts';
export {
  decideFlag,
  fileFlag,
  type FlagCase,
  flagQueue,
  FRIVOLOUS_REPORTS,
  FRIVOLOUS_SANCTION,
} from './flags/index.ts';
export {
  applySanction,
  escalateSanction,
  liftSanction,
  MAX_MODERATOR_SANCTION_HOURS,
  type SanctionTerms,
  type SanctionView,
  sanctionsOf,
} from './sanctions/manage.ts';
export {
  listNotifications,
  markNotificationsRead,
  setNotificationsOptIn,
  unreadNotifications,
} from './notifications/index.ts';
export {
  type AccountExport,
  anonymousName,
  applyRetention,
  eraseClosedAccounts,
  exportAccount,
  requestAccountDeletion,
  RETENTION,
} from './privacy/index.ts';
export { listTagUsage, mergeTags, renameTag, type TagUsage } from './tags-admin/manage.ts';
export {
  askOverlord,
  CHAT_LIMIT,
  CHAT_MEMORY,
  type RetrievedRecord,
  retrieveRecords,
} from './chat/index.ts';
