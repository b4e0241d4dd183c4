// Which capability of the permission table (packages/core/src/permissions/table.ts) each
// procedure needs. Every procedure of the router has exactly one entry: the authorization
// matrix test (tests/e2e/authorization-matrix.test.ts) fails for a procedure missing here, and
// asserts every actor against it over real HTTP.
import type { Capability } from '@overlord/core';

export const procedurePermissions = {
  'topics.list': 'read',
  'topics.get': 'read',
  'topics.create': 'createTopic',
  'posts.byTopic': 'read',
  'posts.status': 'read',
  'posts.submit': 'submitPost',
  // One's own correspondence only: the capability to send is the capability to read it back.
  'messages.send': 'sendMessage',
  'messages.conversations': 'sendMessage',
  'messages.thread': 'sendMessage',
  'messages.status': 'sendMessage',
  'queues.overview': 'read',
  'users.profile': 'read',
  'users.activity': 'read',
  'users.leaderboard': 'read',
  'users.registry': 'read',
  'users.graveyard': 'seeOwnRejected',
  'account.me': 'manageOwnAccount',
  'account.onboarding': 'read',
  'account.changeUsername': 'manageOwnAccount',
  'account.completeOnboarding': 'manageOwnAccount',
  'account.export': 'manageOwnAccount',
  'account.requestDeletion': 'manageOwnAccount',
  'admin.setRole': 'changeRoles',
  'admin.ban': 'changeRoles',
  'admin.unban': 'changeRoles',
  'admin.deleteUser': 'deleteAccounts',
  'admin.readMessage': 'readAnyMessage',
  'appeals.file': 'appealAndFlag',
  'appeals.queue': 'moderate',
  'appeals.decide': 'moderate',
  'flags.file': 'appealAndFlag',
  'flags.queue': 'moderate',
  'flags.decide': 'moderate',
  'sanctions.impose': 'moderate',
  'sanctions.lift': 'escalateSanctions',
  'sanctions.escalate': 'escalateSanctions',
  'sanctions.ofCitizen': 'moderate',
  'sanctions.mine': 'manageOwnAccount',
  'notifications.list': 'manageOwnAccount',
  'notifications.unread': 'manageOwnAccount',
  'notifications.markRead': 'manageOwnAccount',
  'notifications.setOptIn': 'manageOwnAccount',
  'tags.usage': 'editTags',
  'tags.rename': 'editTags',
  'tags.merge': 'editTags',
  'live.topic': 'read',
  'live.queues': 'read',
  'live.item': 'read',
} as const satisfies Record<string, Capability>;

export type ProcedurePath = keyof typeof procedurePermissions;
