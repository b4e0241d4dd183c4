// Post submission (docs/product.md §5): validate, screen synchronously, then either reject at once
// (never public) or publish "in evaluation" and queue the evaluation, in one transaction.
import type { Actor, Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { postEvent, publishQueueEvent } from '../live.ts';
import { assertWithinSubmissionLimit } from '../limits/submission-limits.ts';
import { assertMaySubmit } from '../sanctions/enforce.ts';
import { rejectAtOnce } from '../moderation/reject-at-once.ts';
import { screenFailClosed } from '../screening.ts';
import { insertQueuedPost } from './enqueue-sql.ts';
import { publicStatementWhere, publicWhere } from '../visibility.ts';

export interface SubmitPostInput {
  topicId: string;
  parentId?: string | null | undefined;
  body: string;
  resubmissionOf?: string | null | undefined;
}

export interface SubmitPostResult {
  id: string;
  status: 'pending' | 'rejected';
  submittedAt: Date;
  feedback: string | null;
  rejectionReason: 'terms_violation' | null;
}

export async function submitPost(
  deps: Deps,
  actor: Actor,
  input: SubmitPostInput,
): Promise<SubmitPostResult> {
  const { db } = deps;
  const [topic] = await Promise.all([
    db.topic.findFirst({
      where: { id: input.topicId, ...publicWhere },
      select: { id: true, status: true },
    }),
    assertMaySubmit(db, actor.id),
    assertWithinSubmissionLimit(deps, actor.id, 'post'),
  ]);
  if (!topic) throw new DomainError('NOT_FOUND', 'No such topic exists in the public record.');
  if (topic.status !== 'approved') {
    throw new DomainError(
      'PRECONDITION_FAILED',
      'This topic is still under evaluation by the Topic Approval Bureau. Statements open once it is approved.',
    );
  }
  let parentId = input.parentId ?? null;
  if (input.resubmissionOf) {
    const original = await db.post.findUnique({
      where: { id: input.resubmissionOf },
      select: {
        authorId: true,
        topicId: true,
        status: true,
        parentId: true,
        revisionOfId: true,
        resubmissions: { select: { id: true }, take: 1 },
      },
    });
    if (!original || original.authorId !== actor.id || original.topicId !== topic.id) {
      throw new DomainError(
        'NOT_FOUND',
        'You have no calibrated statement by that number in this topic.',
      );
    }
    if (original.status !== 'calibrate') {
      throw new DomainError(
        'PRECONDITION_FAILED',
        'Only a statement returned for calibration can be resubmitted.',
      );
    }
    if (original.revisionOfId) {
      // A returned revision is not resubmitted: its statement is revised again (posts.revise).
      throw new DomainError(
        'PRECONDITION_FAILED',
        'A revision returned for calibration is not resubmitted. Revise the statement itself again.',
        'is_revision',
      );
    }
    if (original.resubmissions.length > 0) {
      throw new DomainError(
        'CONFLICT',
        'That statement has already been resubmitted. Calibrate the new one instead.',
      );
    }
    // A resubmission takes the original's place in the thread.
    parentId = original.parentId;
  }
  if (parentId) {
    const parent = await db.post.findFirst({
      where: { id: parentId, topicId: topic.id, ...publicStatementWhere },
      select: { id: true },
    });
    if (!parent)
      throw new DomainError('NOT_FOUND', 'The statement you reply to is not in this topic.');
  }

  const screen = await screenFailClosed(deps.overlord, { text: input.body, kind: 'post' });

  if (screen.kind !== 'passed') {
    // Rejected at once: straight to the author's Graveyard, never public, loyalty penalty.
    const { row: post, feedback } = await rejectAtOnce(deps, {
      kind: 'post',
      authorId: actor.id,
      screen,
      create: (tx, fields) =>
        tx.post.create({
          data: {
            topicId: topic.id,
            authorId: actor.id,
            parentId,
            resubmissionOfId: input.resubmissionOf ?? null,
            body: input.body,
            ...fields,
          },
          select: { id: true, submittedAt: true },
        }),
    });
    return {
      id: post.id,
      status: 'rejected',
      submittedAt: post.submittedAt,
      feedback,
      rejectionReason: 'terms_violation',
    };
  }

  const post = await db.$transaction(async (tx) => {
    const created = await insertQueuedPost(tx, {
      topicId: topic.id,
      authorId: actor.id,
      parentId,
      resubmissionOfId: input.resubmissionOf ?? null,
      body: input.body,
    });
    // Announced before the commit: once committed, the worker may start at once, and its "in
    // review" must not overtake "submitted" on the streams. (Best effort and bounded: a failed
    // commit after this leaves a stray event, which readers resolve by refetching.)
    await publishQueueEvent(
      deps.redis,
      postEvent('submitted', { id: created.id, topicId: topic.id }, 'pending', created.submittedAt),
    );
    return created;
  });

  return {
    id: post.id,
    status: 'pending',
    submittedAt: post.submittedAt,
    feedback: null,
    rejectionReason: null,
  };
}
