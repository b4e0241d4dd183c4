export {
  assertWithinSubmissionLimit,
  forumSubmissionLimits,
  parseSubmissionLimit,
  type SubmissionKind,
  type SubmissionLimit,
  type SubmissionLimits,
} from './submission-limits.ts';
export {
  CallBudgetExhausted,
  ModelBudgetExhausted,
  modelCallsThisHour,
  takeModelCall,
  withCallBudget,
} from './call-budget.ts';
export {
  assertWithinSpendCap,
  SPEND_CAP_RECHECK_SECONDS,
  SpendCapReached,
  withSpendCap,
} from './spend-cap.ts';
