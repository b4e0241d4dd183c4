export { askOverlord, CHAT_LIMIT, type ChatChunk } from './ask.ts';
export { actOn, type ActOutcome } from './act.ts';
export {
  cancelProposal,
  CHAT_PROPOSAL_TTL_SECONDS,
  chatActionCapability,
  type ChatAction,
  type ChatActionKind,
  type ChatActionResult,
  type ChatProposal,
  confirmProposal,
} from './proposals.ts';
export { CHAT_MEMORY } from './memory.ts';
export { type RetrievedRecord, retrieveRecords } from './retrieve.ts';
