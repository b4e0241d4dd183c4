export { auditReadMessage } from './audit.ts';
export { evaluateMessage, type EvaluateMessageOutcome } from './evaluate.ts';
export {
  type ConversationSummary,
  getMessageStatus,
  getThread,
  listConversations,
} from './queries.ts';
export { sendMessage, type SendMessageInput, type SendMessageResult } from './submit.ts';
export { closeMessageReport, listMessageReports, reportMessage } from './reports.ts';
