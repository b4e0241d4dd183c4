export { insertQueuedPost } from './enqueue-sql.ts';
export { evaluatePost, type EvaluatePostOutcome } from './evaluate.ts';
export { claimPostForReview } from './review-sql.ts';
export { LINK_REL, renderStatement } from './markdown.ts';
export { getPostStatus, listTopicPosts, type PublicPost } from './queries.ts';
export {
  getStatementPage,
  STATEMENT_REPLY_LIMIT,
  type StatementPage,
  type StatementViewer,
} from './statement.ts';
export { applyApprovedRevision, type AppliedRevision } from './revision-sql.ts';
export {
  revisePost,
  type RevisePostInput,
  type RevisePostResult,
  type RevisionRefusal,
} from './revise.ts';
export { submitPost, type SubmitPostInput, type SubmitPostResult } from './submit.ts';
export { withdrawPost } from './withdraw.ts';
