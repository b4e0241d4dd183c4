// The feed's one statement. `topics.list` is the busiest read, so it is one prepared statement
// (author, tags and the public statement count folded in) instead of the four round trips the
// ORM sends for the same select; docs/benchmarks.md (`bench:read`) has the figures.
import { type Db, sqlPool } from '@overlord/db';

import { publicPostWhere } from '../posts/visibility.ts';
import { publicTopicWhere } from './visibility.ts';

/** The public-visibility rule of `publicTopicWhere`/`publicPostWhere`, as SQL on `alias`. */
export function publicSql(alias: string, rule: { status: { in: readonly string[] } }): string {
  const statuses = rule.status.in.map((s) => `'${s}'`).join(', ');
  return `${alias}.status IN (${statuses}) AND ${alias}.hidden_at IS NULL`;
}

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

/** `%q%` for ILIKE, with the pattern characters of `q` taken literally. */
export const containsPattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function selectTopicPage(
  db: Db,
  input: { take: number; cursor?: string | null; tag?: string; q?: string },
): Promise<TopicListRow[]> {
  const values: unknown[] = [input.take];
  const filters: string[] = [publicSql('t', publicTopicWhere)];
  if (input.tag) {
    values.push(input.tag);
    filters.push(`EXISTS (SELECT 1 FROM topic_tags tt JOIN tags g ON g.id = tt.tag_id
                           WHERE tt.topic_id = t.id AND g.slug = $${values.length})`);
  }
  if (input.q) {
    values.push(containsPattern(input.q));
    const p = `$${values.length}`;
    // Keyword search covers statements too: a topic matches through its public posts.
    filters.push(`(t.title ILIKE ${p} OR t.description ILIKE ${p}
                   OR EXISTS (SELECT 1 FROM posts p WHERE p.topic_id = t.id
                                 AND ${publicSql('p', publicPostWhere)} AND p.body ILIKE ${p}))`);
  }
  if (input.cursor) {
    values.push(input.cursor);
    // After the cursor topic in feed order; an unknown cursor gives an empty page.
    filters.push(`(t.submitted_at, t.id) < (SELECT c.submitted_at, c.id FROM topics c
                                             WHERE c.id = $${values.length}::uuid)`);
  }
  const variant = `${input.tag ? 't' : ''}${input.q ? 'q' : ''}${input.cursor ? 'c' : ''}`;
  const { rows } = await sqlPool(db).query<TopicListRow>({
    name: `topics-page-${variant}`,
    text: `SELECT t.id::text, t.title, t.description, t.status::text, t.is_system, t.submitted_at,
                  t.decided_at, t.commentary, u.username AS author_username,
                  ARRAY(SELECT g.slug::text FROM topic_tags tt JOIN tags g ON g.id = tt.tag_id
                         WHERE tt.topic_id = t.id ORDER BY g.slug) AS tags,
                  (SELECT count(*)::int FROM posts p
                    WHERE p.topic_id = t.id AND ${publicSql('p', publicPostWhere)}) AS post_count
             FROM topics t LEFT JOIN users u ON u.id = t.author_id
            WHERE ${filters.join(' AND ')}
            ORDER BY t.submitted_at DESC, t.id DESC
            LIMIT $1`,
    values,
  });
  return rows;
}
