import {
  listNotifications,
  markNotificationsRead,
  setDispatchKinds,
  unreadNotifications,
} from '@overlord/core';

import { authorized, createTRPCRouter } from '../trpc.ts';
import {
  listNotificationsInput,
  listNotificationsOutput,
  markReadInput,
  markReadOutput,
  setDispatchKindsInput,
  setDispatchKindsOutput,
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

  /**
   * Which kinds of dispatch to receive (docs/product.md §13), the whole choice at once: chosen at
   * onboarding, changed on the account page. New citizens start with every kind.
   */
  setKinds: authorized('manageOwnAccount')
    .input(setDispatchKindsInput)
    .output(setDispatchKindsOutput)
    .mutation(({ ctx, input }) => setDispatchKinds(ctx.db, ctx.actor.id, input.kinds)),
});
