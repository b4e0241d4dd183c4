// The public queue overview (docs/product.md §7): every active queue, its length and recent
// throughput, and the items in transit. Previews of in-transit items only for moderators and above.
import type { Db } from '@overlord/db';
import type { Overlord } from '@overlord/overlord';

import { conversationQueueKey, opaqueMessageId } from '../live.ts';
import { publicWhere } from '../visibility.ts';

export const RECENT_WINDOW_MS = 5 * 60_000;
const MAX_IN_TRANSIT = 100;
const PREVIEW_LENGTH = 140;

export interface QueueSummary {
  kind: 'topics' | 'posts' | 'messages';
  /** 'global' for the topic and message aggregates, the topic id for a topic's post queue. */
  key: string;
  label: string;
  length: number;
  inReview: number;
  decidedRecently: number;
  oldestSubmittedAt: Date | null;
}

export interface InTransitItem {
  kind: 'topic' | 'post' | 'message';
  id: string;
  queueKey: string;
  position: number;
  reviewState: 'waiting' | 'in_review';
  submittedAt: Date;
  preview: string | null;
  /** A revision of an approved statement (docs/product.md §17), queued in its topic like any
   *  statement. */
  revision: boolean;
}

export interface QueueOverview {
  generatedAt: Date;
  windowMs: number;
  queues: QueueSummary[];
  inTransit: InTransitItem[];
}

function preview(text: string): string {
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
}

const SEALED_TOPIC = 'Topic queue';

function isPublicTopic(topic: { status: string; hiddenAt: Date | null }): boolean {
  return (topic.status === 'approved' || topic.status === 'pending') && topic.hiddenAt === null;
}

export async function queueOverview(
  db: Db,
  opts: { includePreviews: boolean; now?: Date },
): Promise<QueueOverview> {
  const now = opts.now ?? new Date();
  const since = new Date(now.getTime() - RECENT_WINDOW_MS);

  const [
    pendingPosts,
    decidedPosts,
    pendingTopics,
    decidedTopics,
    pendingMessages,
    decidedMessages,
  ] = await Promise.all([
    db.post.findMany({
      where: { status: 'pending' },
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        topicId: true,
        body: true,
        submittedAt: true,
        reviewStartedAt: true,
        revisionOfId: true,
        topic: { select: { title: true, status: true, hiddenAt: true } },
      },
      take: 5_000,
    }),
    db.post.groupBy({
      by: ['topicId'],
      where: { decidedAt: { gte: since } },
      _count: { _all: true },
    }),
    db.topic.findMany({
      where: { status: 'pending', isSystem: false },
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      select: { id: true, title: true, submittedAt: true, reviewStartedAt: true },
      take: 1_000,
    }),
    db.topic.count({ where: { decidedAt: { gte: since }, isSystem: false } }),
    db.privateMessage.findMany({
      where: { status: 'pending' },
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      select: { id: true, conversationId: true, submittedAt: true, reviewStartedAt: true },
      take: 1_000,
    }),
    db.privateMessage.groupBy({
      by: ['conversationId'],
      where: { decidedAt: { gte: since } },
      _count: { _all: true },
    }),
  ]);

  const queues: QueueSummary[] = [];
  const inTransit: InTransitItem[] = [];

  queues.push({
    kind: 'topics',
    key: 'global',
    label: 'Topic Approval Bureau',
    length: pendingTopics.length,
    inReview: pendingTopics.filter((t) => t.reviewStartedAt).length,
    decidedRecently: decidedTopics,
    oldestSubmittedAt: pendingTopics[0]?.submittedAt ?? null,
  });
  pendingTopics.forEach((t, i) =>
    inTransit.push({
      kind: 'topic',
      id: t.id,
      queueKey: 'global',
      position: i + 1,
      reviewState: t.reviewStartedAt ? 'in_review' : 'waiting',
      submittedAt: t.submittedAt,
      preview: opts.includePreviews ? preview(t.title) : null,
      revision: false,
    }),
  );

  const decidedByTopic = new Map(decidedPosts.map((d) => [d.topicId, d._count._all]));
  const byTopic = new Map<string, typeof pendingPosts>();
  for (const p of pendingPosts) {
    const list = byTopic.get(p.topicId) ?? [];
    list.push(p);
    byTopic.set(p.topicId, list);
  }
  for (const [topicId, posts] of byTopic) {
    // A hidden or refused topic's queue still moves, but shows neither its title nor previews.
    const sealed = !isPublicTopic(posts[0]!.topic);
    queues.push({
      kind: 'posts',
      key: topicId,
      label: sealed ? SEALED_TOPIC : posts[0]!.topic.title,
      length: posts.length,
      inReview: posts.filter((p) => p.reviewStartedAt).length,
      decidedRecently: decidedByTopic.get(topicId) ?? 0,
      oldestSubmittedAt: posts[0]!.submittedAt,
    });
    posts.forEach((p, i) =>
      inTransit.push({
        kind: 'post',
        id: p.id,
        queueKey: topicId,
        position: i + 1,
        reviewState: p.reviewStartedAt ? 'in_review' : 'waiting',
        submittedAt: p.submittedAt,
        preview: opts.includePreviews && !sealed ? preview(p.body) : null,
        revision: p.revisionOfId !== null,
      }),
    );
  }
  // Topic queues that drained recently stay visible with length 0 ("recent activity").
  const drained = [...decidedByTopic.keys()].filter((topicId) => !byTopic.has(topicId));
  const drainedTitles = new Map(
    (
      await db.topic.findMany({
        where: { id: { in: drained }, ...publicWhere },
        select: { id: true, title: true },
      })
    ).map((t) => [t.id, t.title]),
  );
  for (const [topicId, count] of decidedByTopic) {
    if (byTopic.has(topicId)) continue;
    queues.push({
      kind: 'posts',
      key: topicId,
      label: drainedTitles.get(topicId) ?? SEALED_TOPIC,
      length: 0,
      inReview: 0,
      decidedRecently: count,
      oldestSubmittedAt: null,
    });
  }

  // Private conversations show as sealed queues: opaque keys and ids, never a preview, so the
  // public view shows traffic without revealing who writes to whom.
  const decidedByConversation = new Map(
    decidedMessages.map((d) => [d.conversationId, d._count._all]),
  );
  const byConversation = new Map<string, typeof pendingMessages>();
  for (const m of pendingMessages) {
    const list = byConversation.get(m.conversationId) ?? [];
    list.push(m);
    byConversation.set(m.conversationId, list);
  }
  for (const conversationId of new Set([
    ...byConversation.keys(),
    ...decidedByConversation.keys(),
  ])) {
    const messages = byConversation.get(conversationId) ?? [];
    const key = conversationQueueKey(conversationId);
    queues.push({
      kind: 'messages',
      key,
      label: 'Sealed correspondence',
      length: messages.length,
      inReview: messages.filter((m) => m.reviewStartedAt).length,
      decidedRecently: decidedByConversation.get(conversationId) ?? 0,
      oldestSubmittedAt: messages[0]?.submittedAt ?? null,
    });
    messages.forEach((m, i) =>
      inTransit.push({
        kind: 'message',
        id: opaqueMessageId(m.id),
        queueKey: key,
        position: i + 1,
        reviewState: m.reviewStartedAt ? 'in_review' : 'waiting',
        submittedAt: m.submittedAt,
        preview: null,
        revision: false,
      }),
    );
  }

  inTransit.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  return {
    generatedAt: now,
    windowMs: RECENT_WINDOW_MS,
    queues,
    inTransit: inTransit.slice(0, MAX_IN_TRANSIT),
  };
}

/** How stale the public overview may be: every watcher's refresh shares one computation. */
export const OVERVIEW_CACHE_MS = 2_000;

const overviewCache = new Map<string, { at: number; value: Promise<QueueOverview> }>();

/**
 * The overview as the API serves it: computed at most once per OVERVIEW_CACHE_MS per variant
 * (with or without previews) in each api process, concurrent callers sharing one query. Kept in
 * process rather than in Redis so it keeps working when Redis is down.
 */
export function cachedQueueOverview(
  db: Db,
  opts: { includePreviews: boolean },
): Promise<QueueOverview> {
  const key = opts.includePreviews ? 'previews' : 'public';
  const hit = overviewCache.get(key);
  if (hit && Date.now() - hit.at < OVERVIEW_CACHE_MS) return hit.value;
  const value = queueOverview(db, opts);
  overviewCache.set(key, { at: Date.now(), value });
  // A failed computation is not cached: the next caller retries.
  value.catch(() => overviewCache.delete(key));
  return value;
}

/** A queue of the overview with the Overlord's word on the item at its head. */
export type QueueWithCommentary = QueueSummary & { headCommentary: string | null };

const ITEM_KIND = { topics: 'topic', posts: 'post', messages: 'message' } as const;

/**
 * Watchers hear the Overlord too (docs/product.md §6): each tube gets its commentary on the item
 * at its head, the line its author sees. It names a position and a count, never the item.
 */
export function withHeadCommentary(
  overview: QueueOverview,
  overlord: Pick<Overlord, 'commentary'>,
): QueueOverview & { queues: QueueWithCommentary[] } {
  return {
    ...overview,
    queues: overview.queues.map((queue) => ({
      ...queue,
      headCommentary:
        queue.length === 0
          ? null
          : overlord.commentary({
              // Position 0 is the Overlord's word for "on the inspection desk".
              position: queue.inReview > 0 ? 0 : 1,
              total: queue.length,
              kind: ITEM_KIND[queue.kind],
            }),
    })),
  };
}
