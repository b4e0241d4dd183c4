// Retrieval for Ask the Overlord (docs/product.md §12): the public topics and statements nearest in
// meaning to a question, by cosine distance over content_embeddings (HNSW index), from the current
// embedding model only. Hidden, rejected or pending content never comes back.
import type { Db } from '@overlord/db';
import type { Overlord } from '@overlord/overlord';

export interface RetrievedRecord {
  title: string;
  url: string;
  text: string;
}

const excerpt = (text: string, max = 400) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

export async function retrieveRecords(
  deps: { db: Db; overlord: Overlord },
  question: string,
  limit = 5,
): Promise<RetrievedRecord[]> {
  const { vectors, model } = await deps.overlord.embed([question]);
  const vector = `[${vectors[0]!.join(',')}]`;
  const rows = await deps.db.$queryRawUnsafe<
    { kind: 'topic' | 'post'; id: string; topic_id: string; title: string; text: string }[]
  >(
    `WITH nearest AS (
       SELECT content_kind, content_id, embedding <=> $1::vector AS distance
         FROM content_embeddings
        WHERE model = $2
        ORDER BY embedding <=> $1::vector
        LIMIT $3 * 3
     )
     SELECT n.content_kind::text AS kind, n.content_id AS id,
            COALESCE(t.id, pt.id) AS topic_id,
            COALESCE(t.title, pt.title) AS title,
            COALESCE(t.description, p.body) AS text
       FROM nearest n
       LEFT JOIN topics t ON n.content_kind = 'topic' AND t.id = n.content_id
            AND t.status = 'approved' AND t.hidden_at IS NULL
       LEFT JOIN posts p ON n.content_kind = 'post' AND p.id = n.content_id
            AND p.status = 'approved' AND p.hidden_at IS NULL
            -- A revision's words reach the public through its statement, never on their own.
            AND p.revision_of_id IS NULL
       LEFT JOIN topics pt ON pt.id = p.topic_id AND pt.status = 'approved' AND pt.hidden_at IS NULL
      WHERE t.id IS NOT NULL OR pt.id IS NOT NULL
      ORDER BY n.distance
      LIMIT $3`,
    vector,
    model,
    limit,
  );
  return rows.map((r) => ({
    title: r.kind === 'topic' ? r.title : `A statement in “${r.title}”`,
    url: `/topics/${r.topic_id}`,
    text: excerpt(r.text),
  }));
}
