// Retention (docs/product.md §14): private messages 1 year, sessions (with their IP addresses) 90
// days, moderation records 7 years. Loyalty is the sum of moderation events, so an event past 7
// years keeps its score delta and loses its details (reason codes, links to the content); appeals,
// reports and audit rows past 7 years are deleted.
import type { Db } from '@overlord/db';

export const RETENTION = {
  privateMessagesDays: 365,
  sessionsDays: 90,
  moderationRecordsYears: 7,
} as const;

export interface RetentionReport {
  privateMessages: number;
  sessions: number;
  moderationEventsStripped: number;
  appeals: number;
  flags: number;
  auditLogs: number;
}

export async function applyRetention(db: Db, now = new Date()): Promise<RetentionReport> {
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const moderationCutoff = new Date(now);
  moderationCutoff.setFullYear(moderationCutoff.getFullYear() - RETENTION.moderationRecordsYears);
  const [privateMessages, sessions, stripped, appeals, flags, auditLogs] = await db.$transaction([
    db.privateMessage.deleteMany({
      where: { submittedAt: { lt: daysAgo(RETENTION.privateMessagesDays) } },
    }),
    db.session.deleteMany({ where: { createdAt: { lt: daysAgo(RETENTION.sessionsDays) } } }),
    db.moderationEvent.updateMany({
      where: {
        createdAt: { lt: moderationCutoff },
        OR: [
          { reasonCodes: { isEmpty: false } },
          { topicId: { not: null } },
          { postId: { not: null } },
          { messageId: { not: null } },
        ],
      },
      data: { reasonCodes: [], topicId: null, postId: null, messageId: null },
    }),
    db.appeal.deleteMany({
      where: { createdAt: { lt: moderationCutoff }, status: { not: 'pending' } },
    }),
    db.flag.deleteMany({
      where: { createdAt: { lt: moderationCutoff }, status: { not: 'pending' } },
    }),
    db.auditLog.deleteMany({ where: { createdAt: { lt: moderationCutoff } } }),
  ]);
  return {
    privateMessages: privateMessages.count,
    sessions: sessions.count,
    moderationEventsStripped: stripped.count,
    appeals: appeals.count,
    flags: flags.count,
    auditLogs: auditLogs.count,
  };
}
