import type { Prisma } from '@overlord/db';

const MAX_TAGS = 5;

export function slugify(tag: string): string {
  return tag
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/**
 * The stored form of the Overlord's tags: slugs, unique, at most five, sorted so concurrent
 * verdicts upsert shared tags in the same order (no lock-order deadlocks).
 */
export function slugifyTags(tags: string[]): string[] {
  return [...new Set(tags.map(slugify).filter(Boolean))].slice(0, MAX_TAGS).sort();
}

/** Stores Overlord-assigned tags, creating unknown ones; attaching twice is harmless. */
export async function attachTags(
  tx: Prisma.TransactionClient,
  target: { postId: string } | { topicId: string },
  tags: string[],
): Promise<void> {
  const slugs = slugifyTags(tags);
  for (const slug of slugs) {
    const tag = await tx.tag.upsert({
      where: { slug },
      update: {},
      create: { slug, label: slug.replace(/-/g, ' ') },
      select: { id: true },
    });
    if ('postId' in target) {
      await tx.postTag.createMany({
        data: [{ postId: target.postId, tagId: tag.id }],
        skipDuplicates: true,
      });
    } else {
      await tx.topicTag.createMany({
        data: [{ topicId: target.topicId, tagId: tag.id }],
        skipDuplicates: true,
      });
    }
  }
}
