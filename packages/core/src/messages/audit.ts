// Admins+ may read any private message (docs/product.md §2, §11); every read is written to
// audit_log. Moderators never reach this: the permission table gives `readAnyMessage` to admin and
// up.
import type { Db } from '@overlord/db';

import type { Actor } from '../deps.ts';

export async function auditReadMessage(
  db: Db,
  actor: Actor,
  input: { messageId: string },
  requestId?: string,
) {
  return db.$transaction(async (tx) => {
    const message = await tx.privateMessage.findUnique({
      where: { id: input.messageId },
      select: {
        id: true,
        body: true,
        status: true,
        submittedAt: true,
        sender: { select: { username: true } },
        recipient: { select: { username: true } },
      },
    });
    if (!message) return null;
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: 'message.read',
        targetType: 'private_message',
        targetId: message.id,
        requestId: requestId ?? null,
      },
      select: { id: true },
    });
    return {
      id: message.id,
      body: message.body,
      status: message.status,
      submittedAt: message.submittedAt,
      sender: message.sender.username,
      recipient: message.recipient.username,
    };
  });
}
