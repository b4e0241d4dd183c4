// Vectors of approved public content for chat retrieval (docs/product.md §12). Each row carries the
// model and dimension that made it; a provider change leaves old rows behind until re-embedded.
import type { Db } from '@overlord/db';
import type { Overlord } from '@overlord/overlord';

export type EmbeddableKind = 'topic' | 'post';

const vectorLiteral = (v: number[]) => `[${v.join(',')}]`;

async function publicText(db: Db, kind: EmbeddableKind, id: string): Promise<string | null> {
  if (kind === 'topic') {
    const t = await db.topic.findFirst({
      where: { id, status: 'approved', hiddenAt: null },
      select: { title: true, description: true },
    });
    return t ? `${t.title}\n${t.description}` : null;
  }
  const p = await db.post.findFirst({
    where: { id, status: 'approved', hiddenAt: null },
    select: { body: true },
  });
  return p?.body ?? null;
}

/** Idempotent: re-running replaces the vector; content no longer public loses its vectors. */
export async function embedContent(
  deps: { db: Db; overlord: Overlord },
  items: { kind: EmbeddableKind; id: string }[],
): Promise<number> {
  const { db, overlord } = deps;
  const found: { kind: EmbeddableKind; id: string; text: string }[] = [];
  for (const item of items) {
    const text = await publicText(db, item.kind, item.id);
    if (text) found.push({ ...item, text });
    else
      await db.contentEmbedding.deleteMany({
        where: { contentKind: item.kind, contentId: item.id },
      });
  }
  if (found.length === 0) return 0;
  const { model, dimensions, vectors } = await overlord.embed(found.map((f) => f.text));
  await db.$transaction(async (tx) => {
    for (const [i, f] of found.entries()) {
      await tx.$executeRawUnsafe(
        `INSERT INTO content_embeddings (id, content_kind, content_id, model, dimensions, embedding)
         VALUES (gen_random_uuid(), $1::"ContentKind", $2::uuid, $3, $4, $5::vector)
         ON CONFLICT (content_kind, content_id, model)
         DO UPDATE SET embedding = EXCLUDED.embedding, dimensions = EXCLUDED.dimensions, created_at = now()`,
        f.kind,
        f.id,
        model,
        dimensions,
        vectorLiteral(vectors[i]!),
      );
      // One current vector per item: rows of a previous model are now stale.
      await tx.contentEmbedding.deleteMany({
        where: { contentKind: f.kind, contentId: f.id, model: { not: model } },
      });
    }
  });
  return found.length;
}

/** Approved content lacking a vector from the current model, oldest first (for re-embedding). */
export async function staleContent(
  db: Db,
  model: string,
  limit: number,
): Promise<{ kind: EmbeddableKind; id: string }[]> {
  const rows = await db.$queryRaw<{ kind: EmbeddableKind; id: string }[]>`
    SELECT kind, id FROM (
      SELECT 'topic' AS kind, t.id, t.submitted_at FROM topics t
       WHERE t.status = 'approved' AND t.hidden_at IS NULL AND NOT EXISTS (
         SELECT 1 FROM content_embeddings e
          WHERE e.content_kind = 'topic' AND e.content_id = t.id AND e.model = ${model})
      UNION ALL
      SELECT 'post' AS kind, p.id, p.submitted_at FROM posts p
       WHERE p.status = 'approved' AND p.hidden_at IS NULL AND NOT EXISTS (
         SELECT 1 FROM content_embeddings e
          WHERE e.content_kind = 'post' AND e.content_id = p.id AND e.model = ${model})
    ) stale ORDER BY submitted_at, id LIMIT ${limit}`;
  return rows;
}
