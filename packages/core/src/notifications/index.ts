export { notify } from './notify.ts';
export {
  listNotifications,
  markNotificationsRead,
  setNotificationsOptIn,
  unreadNotifications,
} from './queries.ts';
export {
  appealNotice,
  messageReceivedNotice,
  type NotificationText,
  reportNotice,
  verdictNotice,
} from './texts.ts';
