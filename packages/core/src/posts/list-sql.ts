// A topic's statements in one prepared statement (author and tags folded in): `posts.byTopic`
// is the second-busiest read; see topics/list-sql.ts.
import { type Db, sqlPool } from '@overlord/db';

import { publicSql, publicStatementSql } from '../visibility.ts';

export interface PostListRow {
  id: string;
  topic_id: string;
  parent_id: string | null;
  body: string;
  status: string;
  submitted_at: Date;
  review_started_at: Date | null;
  decided_at: Date | null;
  feedback: string | null;
  commentary: string | null;
  author_username: string;
  tags: string[];
  revised_at: Date | null;
}

export async function selectTopicPostPage(
  db: Db,
  input: { topicId: string; take: number; cursor?: string | null },
): Promise<PostListRow[]> {
  const values: unknown[] = [input.topicId, input.take];
  // After the cursor statement in submission order; an unknown cursor gives an empty page.
  const after = input.cursor
    ? (values.push(input.cursor),
      `AND (p.submitted_at, p.id) > (SELECT c.submitted_at, c.id FROM posts c WHERE c.id = $3::uuid)`)
    : '';
  const { rows } = await sqlPool(db).query<PostListRow>({
    name: `topic-posts-page${input.cursor ? '-c' : ''}`,
    text: `SELECT p.id::text, p.topic_id::text, p.parent_id::text, p.body, p.status::text,
                  p.submitted_at, p.review_started_at, p.decided_at, p.feedback, p.commentary,
                  u.username AS author_username, p.revised_at,
                  ARRAY(SELECT g.slug::text FROM post_tags pt JOIN tags g ON g.id = pt.tag_id
                         WHERE pt.post_id = p.id) AS tags
             FROM posts p
             JOIN topics t ON t.id = p.topic_id AND ${publicSql('t')}
             JOIN users u ON u.id = p.author_id
            WHERE p.topic_id = $1::uuid AND ${publicStatementSql('p')} ${after}
            ORDER BY p.submitted_at, p.id
            LIMIT $2`,
    values,
  });
  return rows;
}
