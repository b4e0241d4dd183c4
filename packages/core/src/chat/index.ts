export { askOverlord, CHAT_LIMIT } from './ask.ts';
export { CHAT_MEMORY } from './memory.ts';
export { type RetrievedRecord, retrieveRecords } from './retrieve.ts';
