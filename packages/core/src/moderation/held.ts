// docs/product.md §6: content whose safety screen errored or timed out is rejected by default and
// listed for moderators, who decide it by hand. This is that list (the procedure is the caller's).
import type { Db } from '@overlord/db';

import type { Actor } from '../deps.ts';
import { DomainError } from '../errors.ts';

export interface HeldItem {
  kind: 'topic' | 'post' | 'message';
  id: string;
  /** Topic title or post body; null for private messages (opening one is an audited read). */
  excerpt: string | null;
  authorId: string | null;
  /** The author's public name (null for the Overlord's own topics). */
  author: string | null;
  /** Posts: the topic they belong to (the queue they rejoin when released). */
  topic: { id: string; title: string } | null;
  submittedAt: Date;
  /** Why the screen could not decide (e.g. "the provider did not answer in time"). */
  error: string | null;
}

const EXCERPT = 280;
const STAFF: ReadonlySet<Actor['role']> = new Set(['moderator', 'admin', 'superadmin']);

function errorOf(evaluation: unknown): string | null {
  const e = (evaluation as { error?: unknown } | null)?.error;
  return typeof e === 'string' ? e : null;
}

/** Oldest first: the longest-waiting citizen is answered first. */
export async function listHeldForReview(
  db: Db,
  actor: Actor,
  opts: { limit?: number } = {},
): Promise<HeldItem[]> {
  if (!STAFF.has(actor.role))
    throw new DomainError('FORBIDDEN', 'The held-for-review list is for moderators.');
  const take = opts.limit ?? 50;
  const where = { heldForReview: true, status: 'rejected' } as const;
  const orderBy = [{ submittedAt: 'asc' }, { id: 'asc' }] as const;
  const [topics, posts, messages] = await Promise.all([
    db.topic.findMany({
      where,
      orderBy: [...orderBy],
      take,
      select: {
        id: true,
        title: true,
        authorId: true,
        author: { select: { username: true } },
        submittedAt: true,
        evaluation: true,
      },
    }),
    db.post.findMany({
      where,
      orderBy: [...orderBy],
      take,
      select: {
        id: true,
        body: true,
        authorId: true,
        author: { select: { username: true } },
        topic: { select: { id: true, title: true } },
        submittedAt: true,
        evaluation: true,
      },
    }),
    db.privateMessage.findMany({
      where,
      orderBy: [...orderBy],
      take,
      select: {
        id: true,
        senderId: true,
        sender: { select: { username: true } },
        submittedAt: true,
        evaluation: true,
      },
    }),
  ]);
  const items: HeldItem[] = [
    ...topics.map((t) => ({
      kind: 'topic' as const,
      id: t.id,
      excerpt: t.title.slice(0, EXCERPT),
      authorId: t.authorId,
      author: t.author?.username ?? null,
      topic: null,
      submittedAt: t.submittedAt,
      error: errorOf(t.evaluation),
    })),
    ...posts.map((p) => ({
      kind: 'post' as const,
      id: p.id,
      excerpt: p.body.slice(0, EXCERPT),
      authorId: p.authorId,
      author: p.author.username,
      topic: p.topic,
      submittedAt: p.submittedAt,
      error: errorOf(p.evaluation),
    })),
    ...messages.map((m) => ({
      kind: 'message' as const,
      id: m.id,
      excerpt: null,
      authorId: m.senderId,
      author: m.sender.username,
      topic: null,
      submittedAt: m.submittedAt,
      error: errorOf(m.evaluation),
    })),
  ];
  return items.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime()).slice(0, take);
}
