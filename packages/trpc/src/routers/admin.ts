import {
  auditReadMessage,
  banUser,
  closeMessageReport,
  deleteUser,
  listMessageReports,
  setUserRole,
  unbanUser,
} from '@overlord/core';
import { TRPCError } from '@trpc/server';

import { authorized, createTRPCRouter } from '../trpc.ts';
import {
  adminUserOutput,
  banInput,
  closeMessageReportInput,
  closeMessageReportOutput,
  deleteUserInput,
  messageReportsOutput,
  readMessageInput,
  readMessageOutput,
  setRoleInput,
  unbanInput,
} from './admin.schema.ts';

/** Superadmin tools (and the admins' audited message reading). Every action is audited. */
export const adminRouter = createTRPCRouter({
  setRole: authorized('changeRoles')
    .input(setRoleInput)
    .output(adminUserOutput)
    .mutation(({ ctx, input }) => setUserRole(ctx, ctx.actor, input)),

  ban: authorized('changeRoles')
    .input(banInput)
    .output(adminUserOutput)
    .mutation(({ ctx, input }) => banUser(ctx, ctx.actor, input)),

  unban: authorized('changeRoles')
    .input(unbanInput)
    .output(adminUserOutput)
    .mutation(({ ctx, input }) => unbanUser(ctx, ctx.actor, input)),

  deleteUser: authorized('deleteAccounts')
    .input(deleteUserInput)
    .output(adminUserOutput)
    .mutation(({ ctx, input }) => deleteUser(ctx, ctx.actor, input)),

  /** A mutation, not a query: every read writes an audit row, and GETs never change state. */
  readMessage: authorized('readAnyMessage')
    .input(readMessageInput)
    .output(readMessageOutput)
    .mutation(async ({ ctx, input }) => {
      const message = await auditReadMessage(ctx.db, ctx.actor, input, ctx.requestId);
      if (!message)
        throw new TRPCError({ code: 'NOT_FOUND', message: 'No such message in the archive.' });
      return message;
    }),

  /** Reported private messages (docs/product.md §18): admins only, no message text. */
  messageReports: authorized('readAnyMessage')
    .output(messageReportsOutput)
    .query(({ ctx }) => listMessageReports(ctx.db)),

  closeMessageReport: authorized('readAnyMessage')
    .input(closeMessageReportInput)
    .output(closeMessageReportOutput)
    .mutation(({ ctx, input }) => closeMessageReport(ctx.db, ctx.actor, input, ctx.requestId)),
});
