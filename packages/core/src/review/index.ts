export { claimHead, type ClaimOutcome } from './claims-sql.ts';
export { HELD_AFTER_FAILURES_FEEDBACK } from './hold.ts';
export { requeueAbandonedClaims, requeueQueuesWithoutJob } from './recover.ts';
export {
  defaultReviewPolicy,
  retryDelaySeconds,
  reviewNext,
  type ReviewPolicy,
  type ReviewStep,
} from './run.ts';
