export {
  decideHeldItem,
  type DecidedHeld,
  type DecideHeldInput,
  HELD_REJECTED_FEEDBACK,
  type HeldKind,
} from './held-decide.ts';
export { type HeldItem, listHeldForReview } from './held.ts';
export { rejectAtOnce } from './reject-at-once.ts';
