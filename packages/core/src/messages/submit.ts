// Private message submission (docs/product.md §11): the same guarantees as a post. Validate, screen
// synchronously (fails closed), then either reject at once or queue the evaluation in the
// conversation's FIFO, in one transaction with its job.
import { enqueueReview, reviewJob } from '@overlord/jobs';

import { hasBlocked } from '../blocks/blocks.ts';
import type { Actor, Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { messageEvent, publishQueueEvent } from '../live.ts';
import { assertWithinSubmissionLimit } from '../limits/submission-limits.ts';
import { assertMaySubmit } from '../sanctions/enforce.ts';
import { lockQueueAndStamp } from '../queue-order.ts';
import { rejectAtOnce } from '../moderation/reject-at-once.ts';
import { screenFailClosed } from '../screening.ts';
import { findOrCreateConversation } from './conversations.ts';

export interface SendMessageInput {
  /** The recipient's public username. */
  to: string;
  body: string;
}

export interface SendMessageResult {
  id: string;
  conversationId: string;
  recipient: { username: string };
  status: 'pending' | 'rejected';
  submittedAt: Date;
  feedback: string | null;
  rejectionReason: 'terms_violation' | null;
}

/** The lock key that orders one conversation's messages (see lockQueueAndStamp). */
export const conversationLockKey = (conversationId: string) =>
  reviewJob('message', conversationId).queue;

export async function sendMessage(
  deps: Deps,
  actor: Actor,
  input: SendMessageInput,
): Promise<SendMessageResult> {
  const { db } = deps;
  // Deleted accounts and the Overlord's own account have no letterbox.
  const recipient = await db.user.findFirst({
    where: { username: input.to, deletedAt: null, isSystem: false },
    select: { id: true, username: true, bannedAt: true },
  });
  if (!recipient)
    throw new DomainError('NOT_FOUND', 'No citizen by that name is listed in the Registry.');
  if (recipient.id === actor.id) {
    throw new DomainError(
      'BAD_REQUEST',
      'Citizen, talking to yourself is a private matter. The Ministry does not deliver it.',
    );
  }
  if (recipient.bannedAt) {
    throw new DomainError(
      'PRECONDITION_FAILED',
      'That citizen’s citizenship is suspended. The Ministry delivers nothing to them.',
    );
  }

  // docs/product.md §20: a blocked sender is refused plainly, before anything is stored; the
  // recipient's list itself is never shown to them.
  const [blockedBySender, blockedByRecipient] = await Promise.all([
    hasBlocked(db, actor.id, recipient.id),
    hasBlocked(db, recipient.id, actor.id),
  ]);
  if (blockedBySender) {
    throw new DomainError(
      'PRECONDITION_FAILED',
      'You have blocked this citizen. Unblock them from their profile to write to them.',
    );
  }
  if (blockedByRecipient) {
    throw new DomainError(
      'FORBIDDEN',
      'This citizen does not accept messages from you. The Ministry will not deliver them.',
    );
  }

  await Promise.all([
    assertMaySubmit(db, actor.id),
    assertWithinSubmissionLimit(deps, actor.id, 'message'),
  ]);
  const screen = await screenFailClosed(deps.overlord, { text: input.body, kind: 'message' });

  if (screen.kind !== 'passed') {
    // Rejected at once: never delivered, the sender is told why, loyalty penalty.
    const { row: message, feedback } = await rejectAtOnce(deps, {
      kind: 'message',
      authorId: actor.id,
      screen,
      create: async (tx, fields) => {
        const conversation = await findOrCreateConversation(tx, actor.id, recipient.id);
        return tx.privateMessage.create({
          data: {
            conversationId: conversation.id,
            senderId: actor.id,
            recipientId: recipient.id,
            body: input.body,
            ...fields,
          },
          select: { id: true, conversationId: true, submittedAt: true },
        });
      },
    });
    return {
      id: message.id,
      conversationId: message.conversationId,
      recipient: { username: recipient.username },
      status: 'rejected',
      submittedAt: message.submittedAt,
      feedback,
      rejectionReason: 'terms_violation',
    };
  }

  const message = await db.$transaction(async (tx) => {
    const conversation = await findOrCreateConversation(tx, actor.id, recipient.id);
    const now = await lockQueueAndStamp(tx, conversationLockKey(conversation.id));
    const created = await tx.privateMessage.create({
      data: {
        conversationId: conversation.id,
        senderId: actor.id,
        recipientId: recipient.id,
        body: input.body,
        status: 'pending',
        submittedAt: now,
      },
      select: { id: true, conversationId: true, submittedAt: true },
    });
    // The conversation's review job: one per conversation, kept if already waiting.
    await enqueueReview(
      (sql, ...params) => tx.$executeRawUnsafe(sql, ...params),
      'message',
      conversation.id,
      { runAt: created.submittedAt },
    );
    // Before the commit, so the worker's "in review" cannot overtake it (see posts/submit.ts).
    await publishQueueEvent(deps.redis, messageEvent('submitted', created, 'pending', now));
    return created;
  });

  return {
    id: message.id,
    conversationId: message.conversationId,
    recipient: { username: recipient.username },
    status: 'pending',
    submittedAt: message.submittedAt,
    feedback: null,
    rejectionReason: null,
  };
}
