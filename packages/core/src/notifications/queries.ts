// A citizen's notifications, newest first, and marking them read.
import type { Db, DispatchKind } from '@overlord/db';

import { DISPATCH_KINDS } from './kinds.ts';

export async function listNotifications(
  db: Db,
  userId: string,
  { page, pageSize }: { page: number; pageSize: number },
) {
  const [items, total, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        kind: true,
        title: true,
        body: true,
        link: true,
        readAt: true,
        createdAt: true,
      },
    }),
    db.notification.count({ where: { userId } }),
    db.notification.count({ where: { userId, readAt: null } }),
  ]);
  return { items, total, unread, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

export function unreadNotifications(db: Db, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** Marks the given notifications (or all) read; only the citizen's own. Returns how many. */
export async function markNotificationsRead(
  db: Db,
  userId: string,
  ids: string[] | undefined,
): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: new Date() },
  });
  return count;
}

/** The citizen's whole choice of dispatches (docs/product.md §13); an empty list means none. */
export async function setDispatchKinds(db: Db, userId: string, kinds: DispatchKind[]) {
  const { dispatchKinds } = await db.user.update({
    where: { id: userId },
    data: { dispatchKinds: { set: kinds } },
    select: { dispatchKinds: true },
  });
  return { kinds: DISPATCH_KINDS.filter((k) => dispatchKinds.includes(k)) };
}
