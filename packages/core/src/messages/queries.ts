// Reading private messages (docs/product.md §11). Only the two participants ever read a
// conversation here; admins audit through admin.readMessage (logged). Moderators have no way in, by
// design.
import type { Db, Prisma } from '@overlord/db';

import type { Actor, Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { estimateWait, recentSecondsPerItem } from '../queues/eta.ts';
import { queueName } from '../review/queues.ts';
import { orderedPair } from './conversations.ts';

const PREVIEW = 140;

type ReviewState = 'waiting' | 'in_review' | 'decided';

function reviewStateOf(m: { status: string; reviewStartedAt: Date | null }): ReviewState {
  if (m.status !== 'pending') return 'decided';
  return m.reviewStartedAt ? 'in_review' : 'waiting';
}

/**
 * What a participant may see of a conversation: everything they sent (any status), and of the
 * other party only what the Overlord approved and delivered.
 */
function visibleTo(viewerId: string): Prisma.PrivateMessageWhereInput {
  return { OR: [{ senderId: viewerId }, { recipientId: viewerId, status: 'approved' }] };
}

function preview(body: string): string {
  const flat = body.replace(/\s+/g, ' ');
  return flat.length > PREVIEW ? `${flat.slice(0, PREVIEW - 1)}…` : flat;
}

export interface ConversationSummary {
  id: string;
  with: { username: string };
  lastMessage: {
    preview: string;
    fromMe: boolean;
    status: 'pending' | 'approved' | 'rejected' | 'calibrate' | 'withdrawn';
    at: Date;
  };
}

const CONVERSATIONS_LIMIT = 200;

/**
 * My conversations, the most recently active first. A conversation I cannot see any message of
 * (the other party's messages were all refused) is not listed: it does not exist for me.
 */
export async function listConversations(db: Db, actor: Actor): Promise<ConversationSummary[]> {
  // Ordered by the last message the viewer may see, in SQL, so the cut keeps the newest.
  const recent = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id
    FROM conversations c
    JOIN private_messages m ON m.conversation_id = c.id
    WHERE (c.user_a_id = ${actor.id}::uuid OR c.user_b_id = ${actor.id}::uuid)
      AND (m.sender_id = ${actor.id}::uuid
           OR (m.recipient_id = ${actor.id}::uuid AND m.status = 'approved'))
    GROUP BY c.id
    ORDER BY max(m.submitted_at) DESC, c.id DESC
    LIMIT ${CONVERSATIONS_LIMIT}`;
  if (recent.length === 0) return [];
  const rows = await db.conversation.findMany({
    where: { id: { in: recent.map((r) => r.id) } },
    select: {
      id: true,
      userA: { select: { id: true, username: true } },
      userB: { select: { id: true, username: true } },
      messages: {
        where: visibleTo(actor.id),
        orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
        take: 1,
        select: { body: true, senderId: true, status: true, submittedAt: true },
      },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const out: ConversationSummary[] = [];
  for (const { id } of recent) {
    const row = byId.get(id);
    const last = row?.messages[0];
    if (!row || !last) continue;
    const other = row.userA.id === actor.id ? row.userB : row.userA;
    out.push({
      id: row.id,
      with: { username: other.username },
      lastMessage: {
        preview: preview(last.body),
        fromMe: last.senderId === actor.id,
        status: last.status,
        at: last.submittedAt,
      },
    });
  }
  return out;
}

/** A conversation's FIFO: the pending messages of both participants in submission order. */
async function queueOf(db: Db, conversationId: string) {
  return db.privateMessage.findMany({
    where: { conversationId, status: 'pending' },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    select: { id: true },
  });
}

/**
 * What a waiting message's sender is told besides its place (docs/product.md §7): the estimated
 * wait, from the measured review time of messages and whatever a failing head of this
 * conversation still waits before its retry, and the Overlord's commentary.
 */
async function waitingNotes(deps: Pick<Deps, 'db' | 'overlord'>, conversationId: string) {
  const [secondsPerItem, [claim]] = await Promise.all([
    recentSecondsPerItem(deps.db, 'message'),
    deps.db.$queryRawUnsafe<[{ head_wait: number }?]>(
      `SELECT greatest(0, extract(epoch FROM retry_at - clock_timestamp()))::float8 AS head_wait
         FROM review_claims WHERE queue = $1 AND retry_at IS NOT NULL`,
      queueName('message', conversationId),
    ),
  ]);
  return (position: number, queueLength: number, inReview: boolean) => ({
    etaSeconds: estimateWait(position, inReview, secondsPerItem, claim?.head_wait ?? 0),
    commentary: deps.overlord.commentary({
      // Position 0 is the Overlord's word for "on the inspection desk".
      position: inReview ? 0 : position,
      total: queueLength,
      kind: 'message',
    }),
  });
}

async function otherParty(db: Db, actor: Actor, username: string) {
  const other = await db.user.findFirst({
    where: { username, isSystem: false },
    select: { id: true, username: true },
  });
  if (!other)
    throw new DomainError('NOT_FOUND', 'No citizen by that name is listed in the Registry.');
  if (other.id === actor.id) {
    throw new DomainError(
      'BAD_REQUEST',
      'Citizen, you have no correspondence with yourself. The Ministry keeps no such file.',
    );
  }
  return other;
}

export interface ThreadInput {
  with: string;
  limit: number;
  /** The oldest message id of the previous page: the next page is older. */
  cursor?: string | null | undefined;
}

const threadSelect = {
  id: true,
  senderId: true,
  body: true,
  status: true,
  submittedAt: true,
  reviewStartedAt: true,
  decidedAt: true,
  deliveredAt: true,
  feedback: true,
  rejectionReason: true,
} satisfies Prisma.PrivateMessageSelect;

/** Newest first, paginated backwards; the sender's own messages carry status and feedback. */
export async function getThread(
  deps: Pick<Deps, 'db' | 'overlord'>,
  actor: Actor,
  input: ThreadInput,
) {
  const { db } = deps;
  const other = await otherParty(db, actor, input.with);
  const conversation = await db.conversation.findUnique({
    where: { userAId_userBId: orderedPair(actor.id, other.id) },
    select: { id: true },
  });
  if (!conversation) return { with: { username: other.username }, items: [], nextCursor: null };

  const [rows, queue] = await Promise.all([
    db.privateMessage.findMany({
      where: { conversationId: conversation.id, ...visibleTo(actor.id) },
      orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
      select: threadSelect,
      take: input.limit + 1,
      ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    }),
    queueOf(db, conversation.id),
  ]);
  const page = rows.slice(0, input.limit);
  const positions = new Map(queue.map((m, i) => [m.id, i + 1]));
  const notes = page.some((m) => positions.has(m.id) && m.senderId === actor.id)
    ? await waitingNotes(deps, conversation.id)
    : null;
  return {
    with: { username: other.username },
    items: page.map((m) => {
      const mine = m.senderId === actor.id;
      const position = mine ? (positions.get(m.id) ?? null) : null;
      return {
        id: m.id,
        fromMe: mine,
        author: { username: mine ? actor.username : other.username },
        body: m.body,
        status: m.status,
        reviewState: reviewStateOf(m),
        submittedAt: m.submittedAt,
        decidedAt: m.decidedAt,
        deliveredAt: m.deliveredAt,
        // The Overlord's words on a message are for its sender only.
        feedback: mine ? m.feedback : null,
        rejectionReason: mine ? m.rejectionReason : null,
        position,
        queueLength: position === null ? null : queue.length,
        ...(position !== null && notes
          ? notes(position, queue.length, m.reviewStartedAt !== null)
          : { etaSeconds: null, commentary: null }),
      };
    }),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/** The status card of one message, for its sender alone. */
export async function getMessageStatus(
  deps: Pick<Deps, 'db' | 'overlord'>,
  actor: Actor,
  messageId: string,
) {
  const { db } = deps;
  const message = await db.privateMessage.findUnique({
    where: { id: messageId },
    select: {
      id: true,
      conversationId: true,
      senderId: true,
      status: true,
      submittedAt: true,
      reviewStartedAt: true,
      decidedAt: true,
      deliveredAt: true,
      feedback: true,
      rejectionReason: true,
      recipient: { select: { username: true } },
    },
  });
  if (!message) throw new DomainError('NOT_FOUND', 'No such message in the pneumatic system.');
  if (message.senderId !== actor.id) {
    throw new DomainError(
      'FORBIDDEN',
      'Only the sender may follow a private message through the tubes. Rank does not change that.',
    );
  }
  let position: number | null = null;
  let queueLength: number | null = null;
  let waiting: { etaSeconds: number | null; commentary: string | null } = {
    etaSeconds: null,
    commentary: null,
  };
  if (message.status === 'pending') {
    const [queue, notes] = await Promise.all([
      queueOf(db, message.conversationId),
      waitingNotes(deps, message.conversationId),
    ]);
    const index = queue.findIndex((m) => m.id === message.id);
    position = index === -1 ? null : index + 1;
    queueLength = queue.length;
    if (position !== null) waiting = notes(position, queueLength, message.reviewStartedAt !== null);
  }
  return {
    id: message.id,
    conversationId: message.conversationId,
    recipient: { username: message.recipient.username },
    status: message.status,
    reviewState: reviewStateOf(message),
    position,
    queueLength,
    ...waiting,
    submittedAt: message.submittedAt,
    decidedAt: message.decidedAt,
    deliveredAt: message.deliveredAt,
    feedback: message.feedback,
    rejectionReason: message.rejectionReason,
  };
}
