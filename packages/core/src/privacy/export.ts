// "Download all my data" (docs/product.md §14): everything the platform holds about one citizen, as
// plain rows. Private messages include both directions of the citizen's own conversations; other
// citizens appear by username only.
import type { Db } from '@overlord/db';

export async function exportAccount(db: Db, userId: string) {
  const [
    account,
    topics,
    posts,
    sent,
    received,
    events,
    appeals,
    flags,
    sanctions,
    notifications,
    badges,
    versions,
  ] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        id: true,
        username: true,
        email: true,
        role: true,
        loyaltyScore: true,
        dispatchKinds: true,
        onboardedAt: true,
        createdAt: true,
      },
    }),
    db.topic.findMany({
      where: { authorId: userId },
      orderBy: { submittedAt: 'asc' },
      select: {
        id: true,
        title: true,
        description: true,
        status: true,
        rejectionReason: true,
        feedback: true,
        submittedAt: true,
        decidedAt: true,
      },
    }),
    db.post.findMany({
      where: { authorId: userId },
      orderBy: { submittedAt: 'asc' },
      select: {
        id: true,
        topicId: true,
        parentId: true,
        revisionOfId: true,
        body: true,
        status: true,
        rejectionReason: true,
        feedback: true,
        submittedAt: true,
        decidedAt: true,
        revisedAt: true,
      },
    }),
    db.privateMessage.findMany({
      where: { senderId: userId },
      orderBy: { submittedAt: 'asc' },
      select: {
        id: true,
        body: true,
        status: true,
        submittedAt: true,
        recipient: { select: { username: true } },
      },
    }),
    db.privateMessage.findMany({
      where: { recipientId: userId, status: 'approved' },
      orderBy: { submittedAt: 'asc' },
      select: { id: true, body: true, submittedAt: true, sender: { select: { username: true } } },
    }),
    db.moderationEvent.findMany({
      where: { userId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, kind: true, delta: true, reasonCodes: true, createdAt: true },
    }),
    db.appeal.findMany({
      where: { appellantId: userId },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        contentKind: true,
        reason: true,
        status: true,
        decisionNote: true,
        createdAt: true,
      },
    }),
    db.flag.findMany({
      where: { reporterId: userId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, contentKind: true, reason: true, status: true, createdAt: true },
    }),
    db.sanction.findMany({
      where: { userId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, kind: true, reason: true, startsAt: true, endsAt: true, liftedAt: true },
    }),
    db.notification.findMany({
      where: { userId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, kind: true, title: true, body: true, readAt: true, createdAt: true },
    }),
    db.badgeAward.findMany({
      where: { userId },
      orderBy: { awardedAt: 'asc' },
      select: { awardedAt: true, badge: { select: { slug: true, name: true } } },
    }),
    // Earlier texts of the citizen's statements, replaced by approved revisions (§17).
    db.postVersion.findMany({
      where: { post: { authorId: userId } },
      orderBy: [{ replacedAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        postId: true,
        body: true,
        approvedAt: true,
        replacedAt: true,
        replacedById: true,
      },
    }),
  ]);
  return {
    exportedAt: new Date(),
    account,
    topics,
    posts,
    messages: [
      ...sent.map((m) => ({
        id: m.id,
        direction: 'sent' as const,
        counterpart: m.recipient.username,
        body: m.body,
        status: m.status,
        submittedAt: m.submittedAt,
      })),
      ...received.map((m) => ({
        id: m.id,
        direction: 'received' as const,
        counterpart: m.sender.username,
        body: m.body,
        status: 'approved' as const,
        submittedAt: m.submittedAt,
      })),
    ].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime()),
    loyaltyEvents: events,
    appeals,
    reports: flags,
    sanctions,
    notifications,
    badges: badges.map((b) => ({ slug: b.badge.slug, name: b.badge.name, awardedAt: b.awardedAt })),
    statementVersions: versions,
  };
}

export type AccountExport = Awaited<ReturnType<typeof exportAccount>>;
