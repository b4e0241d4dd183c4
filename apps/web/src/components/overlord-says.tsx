// Older name of OverlordMessage, kept so existing pages need no change.
export { OverlordMessage as OverlordSays } from './overlord-message';
