export { type HeldItem, listHeldForReview } from './held.ts';
export { rejectAtOnce } from './reject-at-once.ts';
