import {
  listNotifications,
  markNotificationsRead,
  setNotificationsOptIn,
  unreadNotifications,
} from '@overlord/core';

import { authorized, createTRPCRouter } from '../trpc.ts';
import {
  listNotificationsInput,
  listNotificationsOutput,
  markReadInput,
  markReadOutput,
  setOptInInput,
  setOptInOutput,
  unreadOutput,
} from './notifications.schema.ts';

/** One's own notifications only (docs/product.md §13): the Overlord's dispatches to a citizen. */
export const notificationsRouter = createTRPCRouter({
  list: authorized('manageOwnAccount')
    .input(listNotificationsInput)
    .output(listNotificationsOutput)
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.actor.id, input)),

  unread: authorized('manageOwnAccount')
    .output(unreadOutput)
    .query(async ({ ctx }) => ({ unread: await unreadNotifications(ctx.db, ctx.actor.id) })),

  markRead: authorized('manageOwnAccount')
    .input(markReadInput)
    .output(markReadOutput)
    .mutation(async ({ ctx, input }) => ({
      marked: await markNotificationsRead(ctx.db, ctx.actor.id, input.ids),
    })),

  /** Opt in or out (docs/product.md §13: notifications are opt-in; new citizens start opted in). */
  setOptIn: authorized('manageOwnAccount')
    .input(setOptInInput)
    .output(setOptInOutput)
    .mutation(({ ctx, input }) => setNotificationsOptIn(ctx.db, ctx.actor.id, input.optIn)),
});
