export { insertQueuedPost } from './enqueue-sql.ts';
export { evaluatePost, type EvaluatePostOutcome } from './evaluate.ts';
export { getPostStatus, listTopicPosts, type PublicPost } from './queries.ts';
export { submitPost, type SubmitPostInput, type SubmitPostResult } from './submit.ts';
