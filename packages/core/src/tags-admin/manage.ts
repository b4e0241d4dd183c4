// Tag administration (docs/product.md §12): admins+ rename a tag (its label, its slug) and merge
// one tag into another. Every change is audited in the same transaction.
import type { Db, Prisma } from '@overlord/db';

import type { Actor } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { slugify } from '../tags.ts';

export interface TagUsage {
  slug: string;
  label: string;
  topics: number;
  posts: number;
}

/** Every tag with how often it is used, most used first. */
export async function listTagUsage(db: Db): Promise<TagUsage[]> {
  const tags = await db.tag.findMany({
    select: { slug: true, label: true, _count: { select: { topics: true, posts: true } } },
  });
  return tags
    .map((t) => ({ slug: t.slug, label: t.label, topics: t._count.topics, posts: t._count.posts }))
    .sort((a, b) => b.topics + b.posts - (a.topics + a.posts) || a.slug.localeCompare(b.slug));
}

async function findTag(tx: Prisma.TransactionClient, slug: string) {
  const tag = await tx.tag.findUnique({
    where: { slug },
    select: { id: true, slug: true, label: true },
  });
  if (!tag) throw new DomainError('NOT_FOUND', `No tag #${slug} on record.`);
  return tag;
}

function audit(
  tx: Prisma.TransactionClient,
  actor: Actor,
  action: string,
  targetId: string,
  before: object,
  after: object,
  requestId?: string,
) {
  return tx.auditLog.create({
    data: {
      actorId: actor.id,
      action,
      targetType: 'tag',
      targetId,
      before,
      after,
      requestId: requestId ?? null,
    },
    select: { id: true },
  });
}

export async function renameTag(
  db: Db,
  actor: Actor,
  input: { slug: string; label: string; newSlug?: string | undefined; requestId?: string },
): Promise<{ slug: string; label: string }> {
  const newSlug = input.newSlug === undefined ? undefined : slugify(input.newSlug);
  if (newSlug === '') throw new DomainError('BAD_REQUEST', 'A tag needs letters or digits.');
  return db.$transaction(async (tx) => {
    const tag = await findTag(tx, input.slug);
    if (
      newSlug &&
      newSlug !== tag.slug &&
      (await tx.tag.findUnique({ where: { slug: newSlug } }))
    ) {
      throw new DomainError('CONFLICT', `#${newSlug} already exists: merge the two tags instead.`);
    }
    const after = await tx.tag.update({
      where: { id: tag.id },
      data: { label: input.label, ...(newSlug ? { slug: newSlug } : {}) },
      select: { slug: true, label: true },
    });
    await audit(tx, actor, 'tag.rename', tag.id, tag, after, input.requestId);
    return after;
  });
}

/** Moves every use of `from` onto `into`, then removes `from`. */
export async function mergeTags(
  db: Db,
  actor: Actor,
  input: { from: string; into: string; requestId?: string },
): Promise<{ slug: string; topics: number; posts: number }> {
  if (input.from.toLowerCase() === input.into.toLowerCase()) {
    throw new DomainError('BAD_REQUEST', 'A tag cannot be merged into itself.');
  }
  return db.$transaction(async (tx) => {
    const from = await findTag(tx, input.from);
    const into = await findTag(tx, input.into);
    const topics = await tx.$executeRawUnsafe(
      `INSERT INTO topic_tags (topic_id, tag_id)
       SELECT topic_id, $2::uuid FROM topic_tags WHERE tag_id = $1::uuid
       ON CONFLICT DO NOTHING`,
      from.id,
      into.id,
    );
    const posts = await tx.$executeRawUnsafe(
      `INSERT INTO post_tags (post_id, tag_id)
       SELECT post_id, $2::uuid FROM post_tags WHERE tag_id = $1::uuid
       ON CONFLICT DO NOTHING`,
      from.id,
      into.id,
    );
    // The old tag's rows go with it (ON DELETE CASCADE).
    await tx.tag.delete({ where: { id: from.id } });
    await audit(
      tx,
      actor,
      'tag.merge',
      into.id,
      from,
      { into: into.slug, topics, posts },
      input.requestId,
    );
    return { slug: into.slug, topics, posts };
  });
}
