// Revising an approved statement (docs/product.md §17). The revision is a post of its own that
// points at the statement (`revision_of_id`): screened at once like any submission, then queued
// in the statement's topic queue, in strict submission order with everything else there, and
// judged by the same pipeline. The approved text stays up meanwhile; an approved revision
// replaces it in place (posts/revision-sql.ts, in the verdict's transaction), a rejected one goes
// to its author's Graveyard and changes nothing. Sanctions and the submission limit apply as to
// any statement, and one revision of a statement waits at a time.
import type { Actor, Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { assertWithinSubmissionLimit } from '../limits/submission-limits.ts';
import { postEvent, publishQueueEvent } from '../live.ts';
import { rejectAtOnce } from '../moderation/reject-at-once.ts';
import { assertMaySubmit } from '../sanctions/enforce.ts';
import { screenFailClosed } from '../screening.ts';
import { insertQueuedPost } from './enqueue-sql.ts';

/** Which rule refused a revision: `data.reason` of the error a client receives. */
export type RevisionRefusal =
  | 'not_found'
  | 'not_yours'
  | 'is_revision'
  | 'not_approved'
  | 'topic_closed'
  | 'revision_pending'
  | 'unchanged';

export interface RevisePostInput {
  /** The approved statement to revise. */
  id: string;
  body: string;
}

export interface RevisePostResult {
  /** The revision's own id: its status card and, if rejected, its Graveyard entry. */
  id: string;
  revisionOf: string;
  status: 'pending' | 'rejected';
  submittedAt: Date;
  feedback: string | null;
  rejectionReason: 'terms_violation' | null;
}

const refuse = (code: DomainError['code'], reason: RevisionRefusal, message: string) =>
  new DomainError(code, message, reason);

/** What the Overlord says to a citizen whose statement cannot be revised in its state. */
const notRevisable: Record<string, string> = {
  pending:
    'That statement still awaits its verdict. The Overlord revises nothing it has not yet ruled on; withdraw it while it waits if you must change it.',
  calibrate:
    'That statement was returned for calibration. Resubmit it as instructed; only approved statements are revised.',
  rejected: 'That statement was rejected. A rejection is appealed from the Graveyard, not revised.',
  withdrawn: 'You withdrew that statement. There is nothing on the record to revise.',
  hidden:
    'That statement was withdrawn from public view after a report. It is no longer open to revision.',
};

const pendingRefusal = () =>
  refuse(
    'CONFLICT',
    'revision_pending',
    'A revision of that statement already waits in the queue. One revision at a time, citizen: await its verdict, or withdraw it.',
  );

export async function revisePost(
  deps: Deps,
  actor: Actor,
  input: RevisePostInput,
): Promise<RevisePostResult> {
  const { db } = deps;
  const [original] = await Promise.all([
    db.post.findUnique({
      where: { id: input.id },
      select: {
        id: true,
        authorId: true,
        topicId: true,
        status: true,
        hiddenAt: true,
        revisionOfId: true,
        body: true,
        topic: { select: { status: true, hiddenAt: true } },
        revisions: { where: { status: 'pending' }, select: { id: true }, take: 1 },
      },
    }),
    assertMaySubmit(db, actor.id),
    assertWithinSubmissionLimit(deps, actor.id, 'post'),
  ]);
  const open = (s: { status: string; hiddenAt: Date | null }) =>
    (s.status === 'approved' || s.status === 'pending') && s.hiddenAt === null;
  if (!original || (original.authorId !== actor.id && !(open(original) && open(original.topic)))) {
    // Someone else's words off the public record do not exist for this citizen.
    throw refuse('NOT_FOUND', 'not_found', 'No statement by that number is on the public record.');
  }
  if (original.authorId !== actor.id) {
    throw refuse(
      'FORBIDDEN',
      'not_yours',
      'That statement is not yours, citizen. Only its author may revise it; answer it with a reply instead.',
    );
  }
  if (original.revisionOfId) {
    throw refuse(
      'PRECONDITION_FAILED',
      'is_revision',
      'That is a revision, not a statement. Revise the statement itself.',
    );
  }
  if (original.status !== 'approved' || original.hiddenAt !== null) {
    throw refuse(
      'PRECONDITION_FAILED',
      'not_approved',
      notRevisable[original.hiddenAt !== null ? 'hidden' : original.status] ??
        'Only an approved statement can be revised.',
    );
  }
  if (original.topic.status !== 'approved' || original.topic.hiddenAt !== null) {
    throw refuse(
      'PRECONDITION_FAILED',
      'topic_closed',
      'That topic is no longer open for statements, so its statements are no longer revised.',
    );
  }
  if (original.revisions.length > 0) throw pendingRefusal();
  if (input.body === original.body) {
    throw refuse(
      'BAD_REQUEST',
      'unchanged',
      'Your revision is word for word the statement on record. The Overlord does not judge the same words twice.',
    );
  }

  const screen = await screenFailClosed(deps.overlord, { text: input.body, kind: 'post' });

  if (screen.kind !== 'passed') {
    // Rejected at once, like any statement: to the Graveyard, never public, a loyalty penalty.
    // The approved text stands untouched.
    const { row, feedback } = await rejectAtOnce(deps, {
      kind: 'post',
      authorId: actor.id,
      screen,
      create: (tx, fields) =>
        tx.post.create({
          data: {
            topicId: original.topicId,
            authorId: actor.id,
            revisionOfId: original.id,
            body: input.body,
            ...fields,
          },
          select: { id: true, submittedAt: true },
        }),
    });
    return {
      id: row.id,
      revisionOf: original.id,
      status: 'rejected',
      submittedAt: row.submittedAt,
      feedback,
      rejectionReason: 'terms_violation',
    };
  }

  const revision = await db.$transaction(async (tx) => {
    // Two revisions of one statement filed at the same moment: the second waits for the first
    // to commit, then finds it (a fresh statement, a fresh snapshot) and is refused. The partial
    // unique index `posts_one_pending_revision_key` holds the rule even without this lock.
    await tx.$executeRawUnsafe(
      'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
      `revise:${original.id}`,
    );
    const waiting = await tx.post.findFirst({
      where: { revisionOfId: original.id, status: 'pending' },
      select: { id: true },
    });
    if (waiting) throw pendingRefusal();
    // Into the topic's queue like any statement: the same lock, stamp and review job.
    const created = await insertQueuedPost(tx, {
      topicId: original.topicId,
      authorId: actor.id,
      parentId: null,
      resubmissionOfId: null,
      revisionOfId: original.id,
      body: input.body,
    });
    await publishQueueEvent(
      deps.redis,
      postEvent(
        'submitted',
        { id: created.id, topicId: original.topicId },
        'pending',
        created.submittedAt,
      ),
    );
    return created;
  });

  return {
    id: revision.id,
    revisionOf: original.id,
    status: 'pending',
    submittedAt: revision.submittedAt,
    feedback: null,
    rejectionReason: null,
  };
}
