// Stores notifications for citizens who want their kind (every kind by default). Written inside
// the transaction of the change it reports, so a notification exists exactly when its cause
// does; the caller announces it on the citizens' live streams once that transaction commits
// (publishDispatches).
import type { Prisma } from '@overlord/db';

import { dispatchKindOf } from './kinds.ts';
import type { NotificationText } from './texts.ts';

/** Returns the citizens who were written a notification, for publishDispatches. */
export async function notify(
  tx: Prisma.TransactionClient,
  notices: { userId: string; text: NotificationText }[],
): Promise<string[]> {
  if (notices.length === 0) return [];
  const wants = new Map(
    (
      await tx.user.findMany({
        where: { id: { in: notices.map((n) => n.userId) }, deletedAt: null, isSystem: false },
        select: { id: true, dispatchKinds: true },
      })
    ).map((u) => [u.id, new Set(u.dispatchKinds)]),
  );
  const data = notices
    .filter((n) => wants.get(n.userId)?.has(dispatchKindOf(n.text.kind)))
    .map((n) => ({ userId: n.userId, ...n.text }));
  if (data.length > 0) await tx.notification.createMany({ data });
  return [...new Set(data.map((d) => d.userId))];
}
