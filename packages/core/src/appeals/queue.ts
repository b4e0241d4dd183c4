// The moderators' review queue of appeals (docs/product.md §10): oldest first, each with what the
// reviewer needs to decide: the original text, its English translation when one was made, the
// Overlord's reasons and the appellant's plea.
import type { Db } from '@overlord/db';

export interface AppealCase {
  id: string;
  kind: 'post' | 'topic';
  contentId: string;
  appellant: { username: string };
  reason: string;
  createdAt: Date;
  /** The topic's title: of the proposal itself, or of the topic the statement was made in. */
  title: string;
  original: string;
  /** The English the Overlord judged, when the original was in another language. */
  translation: { language: string; text: string } | null;
  rejectionReason: 'poor_logic' | 'poor_tone' | 'off_topic' | 'terms_violation' | null;
  termsViolation: boolean;
  feedback: string | null;
}

export async function appealQueue(
  db: Db,
  { page, pageSize }: { page: number; pageSize: number },
): Promise<{ items: AppealCase[]; total: number; page: number; pageCount: number }> {
  const where = { status: 'pending' as const };
  const [appeals, total] = await Promise.all([
    db.appeal.findMany({
      where,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        contentKind: true,
        reason: true,
        createdAt: true,
        appellant: { select: { username: true } },
        post: {
          select: {
            id: true,
            body: true,
            rejectionReason: true,
            termsViolation: true,
            feedback: true,
            topic: { select: { title: true } },
          },
        },
        topic: {
          select: {
            id: true,
            title: true,
            description: true,
            rejectionReason: true,
            termsViolation: true,
            feedback: true,
          },
        },
      },
    }),
    db.appeal.count({ where }),
  ]);
  const contentIds = appeals.map((a) => a.post?.id ?? a.topic?.id).filter((id) => id !== undefined);
  const translations = await db.translation.findMany({
    where: { contentId: { in: contentIds }, targetLanguage: 'eng' },
    select: { contentId: true, sourceLanguage: true, text: true },
  });
  const translationOf = new Map(translations.map((t) => [t.contentId, t]));
  const items = appeals.flatMap((a): AppealCase[] => {
    const content = a.post
      ? { ...a.post, title: a.post.topic.title, original: a.post.body }
      : a.topic
        ? { ...a.topic, original: a.topic.description }
        : null;
    if (!content) return []; // the content was erased with its author's account
    const translation = translationOf.get(content.id);
    return [
      {
        id: a.id,
        kind: a.post ? 'post' : 'topic',
        contentId: content.id,
        appellant: { username: a.appellant.username },
        reason: a.reason,
        createdAt: a.createdAt,
        title: content.title,
        original: content.original,
        translation: translation
          ? { language: translation.sourceLanguage, text: translation.text }
          : null,
        rejectionReason: content.rejectionReason,
        termsViolation: content.termsViolation,
        feedback: content.feedback,
      },
    ];
  });
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
