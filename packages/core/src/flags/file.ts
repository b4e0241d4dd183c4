// "Report treason" (docs/product.md §10): any citizen may flag a public, approved statement or
// topic with a reason. One pending report per citizen and item; nobody reports their own words.
import type { Actor, Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';

export interface FileFlagInput {
  kind: 'post' | 'topic';
  id: string;
  reason: string;
}

export interface FiledFlag {
  id: string;
  status: 'pending';
  createdAt: Date;
}

export async function fileFlag(
  deps: Pick<Deps, 'db'>,
  actor: Actor,
  input: FileFlagInput,
): Promise<FiledFlag> {
  return deps.db.$transaction(async (tx) => {
    // One reporter at a time, so a double click files one report.
    await tx.$executeRawUnsafe(
      'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
      `flags:${actor.id}`,
    );
    const target =
      input.kind === 'post'
        ? await tx.post.findFirst({
            // A revision is reported through its statement, which carries its words once approved.
            where: { id: input.id, status: 'approved', hiddenAt: null, revisionOfId: null },
            select: { authorId: true },
          })
        : await tx.topic.findFirst({
            where: { id: input.id, status: 'approved', hiddenAt: null, isSystem: false },
            select: { authorId: true },
          });
    if (!target) {
      throw new DomainError(
        'NOT_FOUND',
        `No public ${input.kind === 'post' ? 'statement' : 'topic'} by that identifier. Only approved, visible content can be reported.`,
      );
    }
    if (target.authorId === actor.id) {
      throw new DomainError(
        'BAD_REQUEST',
        'Citizen, you cannot report your own words. Appeal or revise them instead.',
      );
    }
    const about = input.kind === 'post' ? { postId: input.id } : { topicId: input.id };
    const already = await tx.flag.findFirst({
      where: { reporterId: actor.id, status: 'pending', ...about },
      select: { id: true },
    });
    if (already) {
      throw new DomainError(
        'CONFLICT',
        'You have already reported this. The Ministry is looking into it.',
      );
    }
    const flag = await tx.flag.create({
      data: { reporterId: actor.id, contentKind: input.kind, reason: input.reason, ...about },
      select: { id: true, createdAt: true },
    });
    return { id: flag.id, status: 'pending' as const, createdAt: flag.createdAt };
  });
}
