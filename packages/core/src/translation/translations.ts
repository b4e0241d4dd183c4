// docs/product.md §13: non-English posts are translated to English before moderation; the
// translation is stored once per content and language, and both texts stay available (appeal
// reviewers).
import type { Db } from '@overlord/db';
import { detectLanguage, type Overlord } from '@overlord/overlord';

export type TranslatableKind = 'topic' | 'post' | 'message';

export interface JudgedText {
  /** What the judge reads: the English translation when there is one, else the original. */
  text: string;
  language: string;
  /** false offline (detected, kept, marked untranslated) or when already English. */
  translated: boolean;
}

const ENGLISH = 'eng';

export async function textForJudgement(
  deps: { db: Db; overlord: Overlord },
  item: { kind: TranslatableKind; id: string; text: string },
): Promise<JudgedText> {
  const language = detectLanguage(item.text);
  if (language === ENGLISH || language === 'und' || !deps.overlord.translates)
    return { text: item.text, language, translated: false };
  const where = {
    contentKind_contentId_targetLanguage: {
      contentKind: item.kind,
      contentId: item.id,
      targetLanguage: ENGLISH,
    },
  };
  const stored = await deps.db.translation.findUnique({ where, select: { text: true } });
  if (stored) return { text: stored.text, language, translated: true };
  // A provider error propagates: the job retries; an untranslated text is never judged as English.
  const out = await deps.overlord.translate({ text: item.text, from: language, to: ENGLISH });
  await deps.db.translation.upsert({
    where,
    create: {
      contentKind: item.kind,
      contentId: item.id,
      sourceLanguage: out.from,
      targetLanguage: ENGLISH,
      text: out.text,
      provider: out.provider,
    },
    update: {},
  });
  return { text: out.text, language, translated: out.translated };
}

/** Original and stored translations of one item, for appeal reviewers. */
export async function contentTexts(
  db: Db,
  kind: TranslatableKind,
  id: string,
): Promise<{
  original: string;
  language: string;
  translations: { language: string; text: string; provider: string }[];
} | null> {
  const original =
    kind === 'post'
      ? await db.post.findUnique({ where: { id }, select: { body: true, language: true } })
      : kind === 'message'
        ? await db.privateMessage.findUnique({
            where: { id },
            select: { body: true, language: true },
          })
        : await db.topic
            .findUnique({ where: { id }, select: { description: true, language: true } })
            .then((t) => t && { body: t.description, language: t.language });
  if (!original) return null;
  const translations = await db.translation.findMany({
    where: { contentKind: kind, contentId: id },
    select: { targetLanguage: true, text: true, provider: true },
    orderBy: { targetLanguage: 'asc' },
  });
  return {
    original: original.body,
    language: original.language,
    translations: translations.map((t) => ({
      language: t.targetLanguage,
      text: t.text,
      provider: t.provider,
    })),
  };
}
