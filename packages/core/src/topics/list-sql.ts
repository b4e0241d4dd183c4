// The feed's one statement. `topics.list` is the busiest read, so it is one prepared statement
// (author, tags and the public statement count folded in) instead of the four round trips the
// ORM sends for the same select; docs/benchmarks.md (`bench:read`) has the figures.
import { type Db, sqlPool } from '@overlord/db';

import { tsQuerySql } from '../search/tsquery.ts';
import { publicSql, publicStatementSql, statementOnlySql } from '../visibility.ts';

export interface TopicListRow {
  id: string;
  title: string;
  description: string;
  status: string;
  is_system: boolean;
  submitted_at: Date;
  decided_at: Date | null;
  commentary: string | null;
  author_username: string | null;
  tags: string[];
  post_count: number;
}

/** Feed orders (docs/product.md §4): newest topics, most active, latest statement. */
export type FeedSort = 'newest' | 'active' | 'latest';

/**
 * The sort key of topic `alias` as SQL expressions, in ORDER BY order (all descending, the id
 * last). "Active" counts public statements of the last 7 days; "latest" is the newest public
 * statement, or the topic's own submission while it has none.
 */
function sortKey(sort: FeedSort, alias: string): string[] {
  const latest = `COALESCE((SELECT max(p.submitted_at) FROM posts p
                             WHERE p.topic_id = ${alias}.id AND ${publicStatementSql('p')}),
                           ${alias}.submitted_at)`;
  if (sort === 'latest') return [latest, `${alias}.id`];
  if (sort === 'active') {
    return [
      `(SELECT count(*) FROM posts p WHERE p.topic_id = ${alias}.id AND ${publicStatementSql('p')}
           AND p.submitted_at > now() - interval '7 days')`,
      latest,
      `${alias}.id`,
    ];
  }
  return [`${alias}.submitted_at`, `${alias}.id`];
}

export interface TopicPageInput {
  take: number;
  cursor?: string | null;
  tag?: string;
  q?: string;
  sort?: FeedSort;
}

export async function selectTopicPage(db: Db, input: TopicPageInput): Promise<TopicListRow[]> {
  const { rows } = await sqlPool(db).query<TopicListRow>(topicPageQuery(input));
  return rows;
}

/** The statement and its values (exported so a test can EXPLAIN exactly what runs). */
export function topicPageQuery(input: TopicPageInput) {
  const sort = input.sort ?? 'newest';
  const values: unknown[] = [input.take];
  const filters: string[] = [publicSql('t')];
  if (input.tag) {
    values.push(input.tag);
    filters.push(`EXISTS (SELECT 1 FROM topic_tags tt JOIN tags g ON g.id = tt.tag_id
                           WHERE tt.topic_id = t.id AND g.slug = $${values.length})`);
  }
  if (input.q) {
    values.push(input.q);
    const query = tsQuerySql(`$${values.length}`);
    // A topic matches by its own text or through an approved statement. Written as two
    // index lookups (GIN on each search_vector) rather than an OR the planner cannot split.
    filters.push(`t.id IN (SELECT m.id FROM topics m WHERE m.search_vector @@ ${query}
                           UNION
                           SELECT p.topic_id FROM posts p
                            WHERE p.search_vector @@ ${query} AND p.status = 'approved'
                              AND p.hidden_at IS NULL AND ${statementOnlySql('p')})`);
  }
  const key = sortKey(sort, 't');
  if (input.cursor) {
    values.push(input.cursor);
    // After the cursor topic in feed order; an unknown cursor gives an empty page.
    filters.push(`(${key.join(', ')}) < (SELECT ${sortKey(sort, 'c').join(', ')} FROM topics c
                                        WHERE c.id = $${values.length}::uuid)`);
  }
  const variant = `${sort}-${input.tag ? 't' : ''}${input.q ? 'q' : ''}${input.cursor ? 'c' : ''}`;
  return {
    name: `topics-page-${variant}`,
    text: `SELECT t.id::text, t.title, t.description, t.status::text, t.is_system, t.submitted_at,
                  t.decided_at, t.commentary, u.username AS author_username,
                  ARRAY(SELECT g.slug::text FROM topic_tags tt JOIN tags g ON g.id = tt.tag_id
                         WHERE tt.topic_id = t.id ORDER BY g.slug) AS tags,
                  (SELECT count(*)::int FROM posts p
                    WHERE p.topic_id = t.id AND ${publicStatementSql('p')}) AS post_count
             FROM topics t LEFT JOIN users u ON u.id = t.author_id
            WHERE ${filters.join(' AND ')}
            ORDER BY ${key.map((k) => `${k} DESC`).join(', ')}
            LIMIT $1`,
    values,
  };
}
