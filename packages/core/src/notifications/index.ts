export { DISPATCH_KINDS, dispatchKindOf } from './kinds.ts';
export { type DispatchEvent, publishDispatches } from './live.ts';
export { notify } from './notify.ts';
export {
  listNotifications,
  markNotificationsRead,
  setDispatchKinds,
  unreadNotifications,
} from './queries.ts';
export {
  appealNotice,
  conversationNotice,
  messageReceivedNotice,
  type NotificationText,
  reportNotice,
  sanctionImposedNotice,
  sanctionLiftedNotice,
  verdictNotice,
} from './texts.ts';
export { type ConversationDispatchKind, wantsDispatchSql } from './wants.ts';
