import {
  getMessageStatus,
  getThread,
  listConversations,
  reportMessage,
  sendMessage,
} from '@overlord/core';

import { authorized, createTRPCRouter } from '../trpc.ts';
import {
  conversationsOutput,
  messageStatusInput,
  messageStatusOutput,
  reportMessageInput,
  reportMessageOutput,
  sendMessageInput,
  sendMessageOutput,
  threadInput,
  threadOutput,
} from './messages.schema.ts';

/**
 * Private messages (docs/product.md §11). Every procedure reads or writes the caller's own
 * correspondence only; there is no path here to anyone else's (admins audit through
 * admin.readMessage).
 */
export const messagesRouter = createTRPCRouter({
  send: authorized('sendMessage')
    .input(sendMessageInput)
    .output(sendMessageOutput)
    .mutation(({ ctx, input }) => sendMessage(ctx, ctx.actor, input)),

  conversations: authorized('sendMessage')
    .output(conversationsOutput)
    .query(({ ctx }) => listConversations(ctx.db, ctx.actor)),

  thread: authorized('sendMessage')
    .input(threadInput)
    .output(threadOutput)
    .query(({ ctx, input }) => getThread(ctx, ctx.actor, input)),

  status: authorized('sendMessage')
    .input(messageStatusInput)
    .output(messageStatusOutput)
    .query(({ ctx, input }) => getMessageStatus(ctx, ctx.actor, input.id)),

  /** The recipient reports a delivered message to the admins (docs/product.md §22). */
  report: authorized('sendMessage')
    .input(reportMessageInput)
    .output(reportMessageOutput)
    .mutation(({ ctx, input }) => reportMessage(ctx.db, ctx.actor, input)),
});
