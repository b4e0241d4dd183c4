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
  modelCallsThisHour,
  takeModelCall,
  withCallBudget,
} from './call-budget.ts';
