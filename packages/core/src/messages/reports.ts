// Reporting a private message (docs/product.md §22). Only its recipient may report it, once,
// and only once it was delivered. Reports go to admins alone: moderators have no procedure that
// lists them, and the listing carries no message text. An admin reads the message through the
// audited read (audit.ts), and closing a report is audited too.
import type { Db } from '@overlord/db';

import type { Actor } from '../deps.ts';
import { DomainError } from '../errors.ts';

export async function reportMessage(
  db: Db,
  actor: Actor,
  input: { messageId: string; reason: string },
) {
  const message = await db.privateMessage.findFirst({
    // The recipient's view: delivered (approved) messages only; anything else is not theirs.
    where: { id: input.messageId, recipientId: actor.id, status: 'approved' },
    select: { id: true },
  });
  if (!message) throw new DomainError('NOT_FOUND', 'No such message was delivered to you.');
  try {
    const report = await db.messageReport.create({
      data: { messageId: message.id, reporterId: actor.id, reason: input.reason },
      select: { id: true, createdAt: true },
    });
    return { id: report.id, messageId: message.id, createdAt: report.createdAt };
  } catch (error) {
    const unique = typeof error === 'object' && error !== null && 'code' in error;
    if (unique && error.code === 'P2002') {
      throw new DomainError('CONFLICT', 'You have already reported this message to the admins.');
    }
    throw error;
  }
}

/** Open reports, oldest first, for admins: who reported whom and why, never the text. */
export async function listMessageReports(db: Db) {
  const rows = await db.messageReport.findMany({
    where: { closedAt: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: 100,
    select: {
      id: true,
      reason: true,
      createdAt: true,
      messageId: true,
      reporter: { select: { username: true } },
      message: { select: { sender: { select: { username: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    messageId: r.messageId,
    reason: r.reason,
    createdAt: r.createdAt,
    reporter: r.reporter.username,
    sender: r.message.sender.username,
  }));
}

export async function closeMessageReport(
  db: Db,
  actor: Actor,
  input: { reportId: string; note: string },
  requestId?: string,
) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.messageReport.updateMany({
      where: { id: input.reportId, closedAt: null },
      data: { closedAt: new Date(), closedById: actor.id },
    });
    if (count === 0) throw new DomainError('NOT_FOUND', 'No such open report.');
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: 'message_report.close',
        targetType: 'message_report',
        targetId: input.reportId,
        after: { note: input.note },
        requestId: requestId ?? null,
      },
      select: { id: true },
    });
    return { id: input.reportId, closed: true };
  });
}
