// One audit row per action of a moderator or above on someone else (docs/product.md §2), written
// in the transaction of the action itself, so an action exists exactly when its record does.
import type { Prisma } from '@overlord/db';

import type { Actor } from '../deps.ts';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null | undefined;
}

/** JSON columns take plain values only (dates become ISO strings, undefined disappears). */
const json = (value: unknown) =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

export async function writeAudit(
  tx: Prisma.TransactionClient,
  actor: Pick<Actor, 'id'>,
  entry: AuditEntry,
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor.id,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      before: json(entry.before),
      after: json(entry.after),
      requestId: entry.requestId ?? null,
    },
    select: { id: true },
  });
}
