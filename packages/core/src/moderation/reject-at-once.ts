// What the safety screen does not pass is rejected at once: stored rejected (never public, never
// delivered), with the author's loyalty penalty, in one transaction; then the author's rank is
// brought up to date. Posts, topics and messages share this; only the row they store differs.
import type { Prisma } from '@overlord/db';

import type { Deps } from '../deps.ts';
import { syncStoredScore } from '../leaderboard/ranking.ts';
import { recordModerationEvent } from '../loyalty.ts';
import { type ScreenOutcome, screenRejection } from '../screening.ts';
import { readSettings } from '../settings/store.ts';

export type RejectedKind = 'post' | 'topic' | 'message';

/** The columns of a rejected row, spread into its `create`. */
export type RejectionFields = ReturnType<typeof screenRejection>['fields'];

const subject = (kind: RejectedKind, id: string) =>
  kind === 'post' ? { postId: id } : kind === 'topic' ? { topicId: id } : { messageId: id };

/**
 * Stores the rejected item with `create` and records its verdict event; returns the row and
 * the feedback the author is shown.
 */
export async function rejectAtOnce<Row extends { id: string }>(
  deps: Pick<Deps, 'db' | 'redis' | 'overlord' | 'limits'>,
  input: {
    kind: RejectedKind;
    authorId: string;
    screen: Exclude<ScreenOutcome, { kind: 'passed' }>;
    create: (tx: Prisma.TransactionClient, fields: RejectionFields) => Promise<Row>;
  },
): Promise<{ row: Row; feedback: string }> {
  const { kind, authorId } = input;
  const rejection = screenRejection(deps.overlord.name, input.screen);
  const weights = (await readSettings(deps)).loyaltyWeights;
  const row = await deps.db.$transaction(async (tx) => {
    const created = await input.create(tx, rejection.fields);
    await recordModerationEvent(
      tx,
      {
        idempotencyKey: `verdict:${kind}:${created.id}`,
        userId: authorId,
        kind: `${kind}_rejected`,
        reasonCodes: rejection.reasonCodes,
        ...subject(kind, created.id),
      },
      weights,
    );
    return created;
  });
  await syncStoredScore(deps.db, deps.redis, authorId);
  return { row, feedback: rejection.feedback };
}
