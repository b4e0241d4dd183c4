// Stores notifications for citizens who opted in (the default). Written inside the transaction
// of the change it reports, so a notification exists exactly when its cause does.
import type { Prisma } from '@overlord/db';

import type { NotificationText } from './texts.ts';

export async function notify(
  tx: Prisma.TransactionClient,
  notices: { userId: string; text: NotificationText }[],
): Promise<void> {
  if (notices.length === 0) return;
  const optedIn = new Set(
    (
      await tx.user.findMany({
        where: {
          id: { in: notices.map((n) => n.userId) },
          notificationsOptIn: true,
          deletedAt: null,
          isSystem: false,
        },
        select: { id: true },
      })
    ).map((u) => u.id),
  );
  const data = notices
    .filter((n) => optedIn.has(n.userId))
    .map((n) => ({ userId: n.userId, ...n.text }));
  if (data.length > 0) await tx.notification.createMany({ data });
}
