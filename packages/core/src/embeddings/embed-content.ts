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
  // A revision is embedded as its statement, once approved (docs/product.md §17).
  const p = await db.post.findFirst({
    where: { id, status: 'approved', hiddenAt: null, revisionOfId: null },
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
  const unique = [...new Map(items.map((i) => [`${i.kind}:${i.id}`, i])).values()];
  for (const item of unique) {
    const text = await publicText(db, item.kind, item.id);
    if (text) found.push({ ...item, text });
    else
      await db.contentEmbedding.deleteMany({
        where: { contentKind: item.kind, contentId: item.id },
      });
  }
  if (found.length === 0) return 0;
  const { model, dimensions, vectors } = await overlord.embed(found.map((f) => f.text));
  // One statement for the whole batch (no interactive transaction that a busy machine could
  // time out): upsert this model's vectors and drop other models' rows of the same items.
  await db.$executeRawUnsafe(
    `WITH input AS (
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[]) AS i(kind, id, vec)
     ), upserted AS (
       INSERT INTO content_embeddings (id, content_kind, content_id, model, dimensions, embedding)
       SELECT gen_random_uuid(), i.kind::"ContentKind", i.id, $4, $5, i.vec::vector FROM input i
       ON CONFLICT (content_kind, content_id, model)
       DO UPDATE SET embedding = EXCLUDED.embedding, dimensions = EXCLUDED.dimensions,
                     created_at = now()
       RETURNING 1
     )
     DELETE FROM content_embeddings e USING input i
      WHERE e.content_kind = i.kind::"ContentKind" AND e.content_id = i.id AND e.model <> $4`,
    found.map((f) => f.kind),
    found.map((f) => f.id),
    found.map((_, i) => vectorLiteral(vectors[i]!)),
    model,
    dimensions,
  );
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
       WHERE p.status = 'approved' AND p.hidden_at IS NULL AND p.revision_of_id IS NULL
         AND NOT EXISTS (
         SELECT 1 FROM content_embeddings e
          WHERE e.content_kind = 'post' AND e.content_id = p.id AND e.model = ${model})
    ) stale ORDER BY submitted_at, id LIMIT ${limit}`;
  return rows;
}
