// "Related by meaning" under the keyword results (docs/product.md §12): public topics nearest to
// the words by their embeddings (the same vectors Ask the Overlord retrieves from), as topics.
import type { Db } from '@overlord/db';
import type { Overlord } from '@overlord/overlord';

export interface RelatedTopic {
  topicId: string;
  title: string;
  /** What came nearest: the topic itself or one of its statements. */
  via: 'topic' | 'statement';
  excerpt: string;
}

const clip = (text: string, max = 240) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export async function relatedByMeaning(
  deps: { db: Db; overlord: Overlord },
  q: string,
  excludeTopicIds: string[],
  limit = 5,
): Promise<RelatedTopic[]> {
  const { vectors, model } = await deps.overlord.embed([q]);
  const vector = `[${vectors[0]!.join(',')}]`;
  const rows = await deps.db.$queryRawUnsafe<
    { topic_id: string; title: string; via: 'topic' | 'statement'; text: string }[]
  >(
    `WITH nearest AS (
       SELECT content_kind, content_id, embedding <=> $1::vector AS distance
         FROM content_embeddings
        WHERE model = $2
        ORDER BY embedding <=> $1::vector
        LIMIT $3 * 4
     ), found AS (
       SELECT COALESCE(t.id, pt.id) AS topic_id, COALESCE(t.title, pt.title) AS title,
              CASE WHEN t.id IS NOT NULL THEN 'topic' ELSE 'statement' END AS via,
              COALESCE(t.description, p.body) AS text, n.distance
         FROM nearest n
         LEFT JOIN topics t ON n.content_kind = 'topic' AND t.id = n.content_id
              AND t.status = 'approved' AND t.hidden_at IS NULL
         LEFT JOIN posts p ON n.content_kind = 'post' AND p.id = n.content_id
              AND p.status = 'approved' AND p.hidden_at IS NULL
              -- A revision's words reach the public through its statement, never on their own.
              AND p.revision_of_id IS NULL
         LEFT JOIN topics pt ON pt.id = p.topic_id AND pt.status = 'approved'
              AND pt.hidden_at IS NULL
        WHERE t.id IS NOT NULL OR pt.id IS NOT NULL
     )
     SELECT topic_id, title, via, text FROM (
       SELECT DISTINCT ON (topic_id) topic_id::text, title, via, text, distance
         FROM found
        WHERE topic_id <> ALL($4::uuid[])
        ORDER BY topic_id, distance
     ) best
      ORDER BY distance
      LIMIT $3`,
    vector,
    model,
    limit,
    excludeTopicIds,
  );
  return rows.map((r) => ({
    topicId: r.topic_id,
    title: r.title,
    via: r.via,
    excerpt: clip(r.text),
  }));
}
