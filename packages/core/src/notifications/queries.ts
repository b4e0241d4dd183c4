// A citizen's notifications, newest first, and marking them read.
import type { Db } from '@overlord/db';

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

export async function setNotificationsOptIn(db: Db, userId: string, optIn: boolean) {
  await db.user.update({ where: { id: userId }, data: { notificationsOptIn: optIn } });
  return { optIn };
}
