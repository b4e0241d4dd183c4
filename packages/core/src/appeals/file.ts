// Filing an appeal (docs/product.md §10): the author of a rejected statement or topic proposal asks
// the Ministry's moderators to overturn the Overlord. One appeal per item, and at most one appeal
// per citizen every five minutes, counted in Postgres under a per-citizen lock so two quick clicks
// cannot both pass.
import type { Actor, Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { readSettings } from '../settings/store.ts';

/** The default interval; superadmins change it at run time (settings, appeal_cooldown_seconds). */
export const APPEAL_INTERVAL_SECONDS = 5 * 60;

function spanOf(seconds: number): string {
  if (seconds % 3_600 === 0) return seconds === 3_600 ? 'hour' : `${seconds / 3_600} hours`;
  if (seconds % 60 === 0) return seconds === 60 ? 'minute' : `${seconds / 60} minutes`;
  return `${seconds} seconds`;
}

export interface FileAppealInput {
  kind: 'post' | 'topic';
  id: string;
  reason: string;
}

export interface FiledAppeal {
  id: string;
  status: 'pending';
  createdAt: Date;
}

export async function fileAppeal(
  deps: Pick<Deps, 'db' | 'redis' | 'limits'>,
  actor: Actor,
  input: FileAppealInput,
): Promise<FiledAppeal> {
  const cooldown = (await readSettings(deps)).appealCooldownSeconds;
  return deps.db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(
      'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
      `appeals:${actor.id}`,
    );
    const rejected =
      input.kind === 'post'
        ? await tx.post.findFirst({
            where: { id: input.id, authorId: actor.id, status: 'rejected' },
            select: { id: true },
          })
        : await tx.topic.findFirst({
            where: { id: input.id, authorId: actor.id, status: 'rejected' },
            select: { id: true },
          });
    if (!rejected) {
      throw new DomainError(
        'NOT_FOUND',
        `No rejected ${input.kind === 'post' ? 'statement' : 'topic proposal'} of yours by that identifier. Only what the Overlord rejected may be appealed, and only by its author.`,
      );
    }
    const target = input.kind === 'post' ? { postId: input.id } : { topicId: input.id };
    if (await tx.appeal.findFirst({ where: target, select: { id: true } })) {
      throw new DomainError(
        'CONFLICT',
        'This item has already been appealed. The Ministry hears each case once.',
      );
    }
    // Postgres's clock for both sides of the comparison.
    const [{ waitSeconds }] = await tx.$queryRawUnsafe<[{ waitSeconds: number | null }]>(
      `SELECT ceil(extract(epoch FROM max(created_at) + make_interval(secs => $2) - now()))::int
              AS "waitSeconds"
         FROM appeals WHERE appellant_id = $1::uuid`,
      actor.id,
      cooldown,
    );
    if (waitSeconds !== null && waitSeconds > 0) {
      throw new DomainError(
        'TOO_MANY_REQUESTS',
        `Citizen, one appeal every ${spanOf(cooldown)}. Your next may be filed in ${waitSeconds >= 60 ? `${Math.ceil(waitSeconds / 60)} minute(s)` : `${waitSeconds} second(s)`}.`,
      );
    }
    const appeal = await tx.appeal.create({
      data: { appellantId: actor.id, contentKind: input.kind, reason: input.reason, ...target },
      select: { id: true, createdAt: true },
    });
    return { id: appeal.id, status: 'pending' as const, createdAt: appeal.createdAt };
  });
}
