export { askOverlord, CHAT_LIMIT } from './ask.ts';
export { type RetrievedRecord, retrieveRecords } from './retrieve.ts';
