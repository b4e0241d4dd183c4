export { evaluateTopic, type EvaluateTopicOutcome } from './evaluate.ts';
export { getTopic, listTopics, type TopicSummary } from './queries.ts';
export { submitTopic, type SubmitTopicInput, type SubmitTopicResult } from './submit.ts';
export { getTopicStatus } from './status.ts';
export { type FeedSort, topicPageQuery } from './list-sql.ts';
