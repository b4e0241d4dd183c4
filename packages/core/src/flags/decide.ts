// Deciding a report (docs/product.md §10, §8). The decision covers every pending report of the same
// item. Sustained: the item is hidden and counts as a rejection: its author's score becomes what a
// rejection would have made it (the approval's gain taken back plus the rejection's weight), as
// one event per item. Dismissed: the item stays; a reporter whose reports keep being dismissed
// is put under a rate limit.
import { writeAudit } from '../audit/write.ts';
import type { Actor, Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { syncStoredScore } from '../leaderboard/ranking.ts';
import { postEvent, publishQueueEvent, topicEvent } from '../live.ts';
import { recordModerationEvent } from '../loyalty.ts';
import {
  notify,
  publishDispatches,
  reportNotice,
  sanctionImposedNotice,
} from '../notifications/index.ts';
import { readSettings } from '../settings/store.ts';

/** Dismissed reports within the window that make a citizen a frivolous reporter. */
export const FRIVOLOUS_REPORTS = { count: 3, windowDays: 30 };
/** What frivolous reporting costs: this rate limit on all submissions. */
export const FRIVOLOUS_SANCTION = { count: 3, windowSeconds: 3_600, hours: 24 };
const FRIVOLOUS_REASON = 'Repeated frivolous reports of treason';

export interface DecideFlagInput {
  flagId: string;
  outcome: 'sustained' | 'dismissed';
  note: string;
}

export interface DecidedFlag {
  id: string;
  status: 'sustained' | 'dismissed';
  /** Reports of the same item decided with this one (this one included). */
  reports: number;
  decidedAt: Date;
}

export async function decideFlag(
  deps: Pick<Deps, 'db' | 'redis' | 'limits'> & { requestId?: string | undefined },
  reviewer: Actor,
  input: DecideFlagInput,
): Promise<DecidedFlag> {
  const { db, redis } = deps;
  const loyaltyWeights = (await readSettings(deps)).loyaltyWeights;
  const outcome = await db.$transaction(async (tx) => {
    const [flag] = await tx.$queryRawUnsafe<
      [{ reporter_id: string; post_id: string | null; topic_id: string | null }?]
    >(
      `SELECT reporter_id, post_id, topic_id FROM flags
        WHERE id = $1::uuid AND status = 'pending' FOR UPDATE`,
      input.flagId,
    );
    if (!flag) {
      const exists = await tx.flag.findUnique({
        where: { id: input.flagId },
        select: { status: true },
      });
      throw exists
        ? new DomainError('CONFLICT', `This report was already decided: ${exists.status}.`)
        : new DomainError('NOT_FOUND', 'No such report on file.');
    }
    const kind = flag.post_id ? ('post' as const) : ('topic' as const);
    const contentId = (flag.post_id ?? flag.topic_id)!;
    const about = kind === 'post' ? { postId: contentId } : { topicId: contentId };
    const content =
      kind === 'post'
        ? await tx.post.findUniqueOrThrow({
            where: { id: contentId },
            select: { authorId: true, topicId: true },
          })
        : {
            ...(await tx.topic.findUniqueOrThrow({
              where: { id: contentId },
              select: { authorId: true },
            })),
            topicId: contentId,
          };
    if (content.authorId === reviewer.id) {
      throw new DomainError('FORBIDDEN', 'No official may judge a report about their own words.');
    }
    const decidedAt = new Date();
    // Every pending report of this item, the reporters of which hear the same decision.
    const reports = await tx.flag.findMany({
      where: { ...about, status: 'pending' },
      select: { id: true, reporterId: true },
    });
    await tx.flag.updateMany({
      where: { id: { in: reports.map((r) => r.id) } },
      data: { status: input.outcome, reviewerId: reviewer.id, decisionNote: input.note, decidedAt },
    });
    await writeAudit(tx, reviewer, {
      action: `flag.${input.outcome === 'sustained' ? 'sustain' : 'dismiss'}`,
      targetType: 'flag',
      targetId: input.flagId,
      before: { status: 'pending' },
      after: { status: input.outcome, note: input.note, kind, contentId, reports: reports.length },
      requestId: deps.requestId,
    });
    const notified = await notify(
      tx,
      [...new Set(reports.map((r) => r.reporterId))].map((userId) => ({
        userId,
        text: reportNotice('reporter', input.outcome, input.note),
      })),
    );
    if (input.outcome === 'sustained' && content.authorId) {
      notified.push(
        ...(await notify(tx, [
          { userId: content.authorId, text: reportNotice('author', 'sustained', input.note) },
        ])),
      );
    }

    if (input.outcome === 'sustained') {
      if (kind === 'post') {
        await tx.post.update({ where: { id: contentId }, data: { hiddenAt: decidedAt } });
      } else {
        await tx.topic.update({ where: { id: contentId }, data: { hiddenAt: decidedAt } });
      }
      if (content.authorId) {
        // What the approval earned, taken back, and what a rejection costs.
        const gained = await tx.moderationEvent.aggregate({
          where: { ...about, userId: content.authorId },
          _sum: { delta: true },
        });
        await recordModerationEvent(
          tx,
          {
            idempotencyKey: `flag:${kind}:${contentId}`,
            userId: content.authorId,
            kind: 'flag_sustained',
            actorId: reviewer.id,
            flagId: input.flagId,
            delta:
              -(gained._sum.delta ?? 0) +
              loyaltyWeights[kind === 'post' ? 'post_rejected' : 'topic_rejected'] +
              loyaltyWeights.flag_sustained,
            ...about,
          },
          loyaltyWeights,
        );
      }
      return {
        kind,
        contentId,
        topicId: content.topicId,
        authorId: content.authorId,
        reports,
        decidedAt,
        notified,
      };
    }

    for (const report of reports) {
      await recordModerationEvent(
        tx,
        {
          idempotencyKey: `flag:${report.id}`,
          userId: report.reporterId,
          kind: 'flag_dismissed',
          actorId: reviewer.id,
          flagId: report.id,
          ...about,
        },
        loyaltyWeights,
      );
      if (await restrainFrivolousReporter(tx, report.reporterId, reviewer.id)) {
        notified.push(report.reporterId);
      }
    }
    return {
      kind,
      contentId,
      topicId: content.topicId,
      authorId: null,
      reports,
      decidedAt,
      notified,
    };
  });
  const announced = publishDispatches(redis, [...new Set(outcome.notified)]);

  if (input.outcome === 'sustained') {
    // Watchers see it go, as with a rejection; the author's rank follows the score.
    const gone =
      outcome.kind === 'post'
        ? postEvent(
            'decided',
            { id: outcome.contentId, topicId: outcome.topicId },
            'rejected',
            outcome.decidedAt,
          )
        : topicEvent('decided', outcome.contentId, 'rejected', outcome.decidedAt);
    await Promise.all([
      publishQueueEvent(redis, gone),
      outcome.authorId ? syncStoredScore(db, redis, outcome.authorId) : null,
    ]);
  }
  await announced;
  return {
    id: input.flagId,
    status: input.outcome,
    reports: outcome.reports.length,
    decidedAt: outcome.decidedAt,
  };
}

type Tx = Parameters<Parameters<Deps['db']['$transaction']>[0]>[0];

/**
 * Puts a reporter under a rate limit once enough of their reports were dismissed lately, and
 * tells them (docs/product.md §10). True when a dispatch was written.
 */
async function restrainFrivolousReporter(
  tx: Tx,
  reporterId: string,
  reviewerId: string,
): Promise<boolean> {
  const since = new Date(Date.now() - FRIVOLOUS_REPORTS.windowDays * 86_400_000);
  const dismissed = await tx.flag.count({
    where: { reporterId, status: 'dismissed', decidedAt: { gte: since } },
  });
  if (dismissed < FRIVOLOUS_REPORTS.count) return false;
  const active = await tx.sanction.findFirst({
    where: {
      userId: reporterId,
      reason: { startsWith: FRIVOLOUS_REASON },
      liftedAt: null,
      OR: [{ endsAt: null }, { endsAt: { gt: new Date() } }],
    },
    select: { id: true },
  });
  if (active) return false;
  const sanction = await tx.sanction.create({
    data: {
      userId: reporterId,
      kind: 'rate_limit',
      rateLimitCount: FRIVOLOUS_SANCTION.count,
      rateLimitWindowSeconds: FRIVOLOUS_SANCTION.windowSeconds,
      reason: `${FRIVOLOUS_REASON}: ${dismissed} dismissed in ${FRIVOLOUS_REPORTS.windowDays} days`,
      endsAt: new Date(Date.now() + FRIVOLOUS_SANCTION.hours * 3_600_000),
      issuedById: reviewerId,
    },
    select: {
      kind: true,
      rateLimitCount: true,
      rateLimitWindowSeconds: true,
      endsAt: true,
      reason: true,
    },
  });
  const notified = await notify(tx, [
    { userId: reporterId, text: sanctionImposedNotice(sanction) },
  ]);
  return notified.length > 0;
}
