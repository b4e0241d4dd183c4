import {
  auditReadMessage,
  banUser,
  citizenFile,
  closeMessageReport,
  deleteUser,
  exportAuditLog,
  listAuditLog,
  listMessageReports,
  searchCitizens,
  settingsView,
  setUserRole,
  unbanUser,
  updateSetting,
} from '@overlord/core';
import { TRPCError } from '@trpc/server';

import { authorized, createTRPCRouter } from '../trpc.ts';
import {
  adminUserOutput,
  auditExportOutput,
  auditFilterInput,
  auditLogInput,
  auditLogOutput,
  banInput,
  citizenInput,
  citizenOutput,
  citizensInput,
  citizensOutput,
  closeMessageReportInput,
  closeMessageReportOutput,
  deleteUserInput,
  messageReportsOutput,
  readMessageInput,
  readMessageOutput,
  setRoleInput,
  settingsOutput,
  unbanInput,
  updateSettingInput,
} from './admin.schema.ts';

/**
 * Running the Ministry (docs/product.md §18): citizen administration, the audit log, run-time
 * settings, and the admins' audited message reading. Every change is audited.
 */
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

  /** Citizens by part of their name or email (emails: admins+ only). */
  citizens: authorized('seeEmails')
    .input(citizensInput)
    .output(citizensOutput)
    .query(({ ctx, input }) => searchCitizens(ctx.db, input)),

  /** One citizen's file: role, standing, sanctions, recent decisions. */
  citizen: authorized('seeEmails')
    .input(citizenInput)
    .output(citizenOutput)
    .query(({ ctx, input }) => citizenFile(ctx, input.username)),

  /** The audit log, newest first; admins do not see superadmin actions. */
  auditLog: authorized('readAuditLog')
    .input(auditLogInput)
    .output(auditLogOutput)
    .query(({ ctx, input }) => listAuditLog(ctx.db, ctx.actor, input)),

  /** Every row matching the filter (capped), for the CSV export. */
  auditExport: authorized('readAuditLog')
    .input(auditFilterInput)
    .output(auditExportOutput)
    .query(({ ctx, input }) => exportAuditLog(ctx.db, ctx.actor, input)),

  settings: authorized('platformSettings')
    .output(settingsOutput)
    .query(({ ctx }) => settingsView(ctx)),

  /** Takes effect on the next request of every instance (docs/architecture.md §13). */
  updateSetting: authorized('platformSettings')
    .input(updateSettingInput)
    .output(settingsOutput)
    .mutation(async ({ ctx, input }) => {
      await updateSetting(ctx, ctx.actor, input);
      return settingsView(ctx);
    }),
  /** Reported private messages (docs/product.md §22): admins only, no message text. */
  messageReports: authorized('readAnyMessage')
    .output(messageReportsOutput)
    .query(({ ctx }) => listMessageReports(ctx.db)),

  closeMessageReport: authorized('readAnyMessage')
    .input(closeMessageReportInput)
    .output(closeMessageReportOutput)
    .mutation(({ ctx, input }) => closeMessageReport(ctx.db, ctx.actor, input, ctx.requestId)),
});
