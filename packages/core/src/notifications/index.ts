export { notify } from './notify.ts';
export {
  listNotifications,
  markNotificationsRead,
  setNotificationsOptIn,
  unreadNotifications,
} from './queries.ts';
export {
  appealNotice,
  conversationNotice,
  messageReceivedNotice,
  type NotificationText,
  reportNotice,
  verdictNotice,
} from './texts.ts';
export { type ConversationDispatchKind, wantsDispatchSql } from './wants.ts';
