// Search results grouped by topic, in one statement (docs/product.md §12). A topic is a result
// when its own text or any of its approved statements matches; its rank is its best match.
// Pages follow the (rank, topic id) order with a keyset cursor, like the feed.
import { type Db, sqlPool } from '@overlord/db';

import { publicSql, statementOnlySql } from '../visibility.ts';
import { headlineConfigSql, MARK_END, MARK_START, stripMarksSql, tsQuerySql } from './tsquery.ts';

export interface SearchRow {
  topic_id: string;
  rank: number;
  title: string;
  status: string;
  submitted_at: Date;
  topic_matched: boolean;
  statement_matches: number;
  title_headline: string;
  description_headline: string;
  statements: { id: string; author: string; headline: string }[];
}

/** How many matching statements each topic shows a snippet of. */
export const STATEMENTS_PER_RESULT = 3;

const headlineOptions = (extra: string) => `StartSel=${MARK_START}, StopSel=${MARK_END}, ${extra}`;

export interface SearchPageInput {
  q: string;
  take: number;
  after?: { rank: number; topicId: string } | null;
}

export async function selectSearchPage(db: Db, input: SearchPageInput): Promise<SearchRow[]> {
  const { rows } = await sqlPool(db).query<SearchRow>(searchPageQuery(input));
  return rows;
}

/** The statement and its values (exported so a test can EXPLAIN exactly what runs). */
export function searchPageQuery(input: SearchPageInput) {
  const after = input.after ?? null;
  // Written out at each use rather than in a CTE: as an expression of the parameter it is an
  // index condition the planner can hand to the GIN indexes directly.
  const query = tsQuerySql('$1');
  return {
    name: 'search-page',
    text: `WITH hits AS (
       SELECT t.id AS topic_id, NULL::uuid AS post_id, ts_rank_cd(t.search_vector, ${query}) AS rank
         FROM topics t
        WHERE t.search_vector @@ ${query} AND ${publicSql('t')}
       UNION ALL
       -- status = 'approved' as written matches the partial GIN index's predicate.
       SELECT p.topic_id, p.id, ts_rank_cd(p.search_vector, ${query})
         FROM posts p
        WHERE p.search_vector @@ ${query} AND p.status = 'approved' AND p.hidden_at IS NULL
          AND ${statementOnlySql('p')}
     ),
     grouped AS (
       SELECT h.topic_id, max(h.rank)::float8 AS rank, count(h.post_id)::int AS statement_matches,
              bool_or(h.post_id IS NULL) AS topic_matched
         FROM hits h JOIN topics t ON t.id = h.topic_id AND ${publicSql('t')}
        GROUP BY h.topic_id
     ),
     page AS (
       SELECT g.* FROM grouped g
        WHERE $2::float8 IS NULL OR (g.rank, g.topic_id) < ($2::float8, $3::uuid)
        ORDER BY g.rank DESC, g.topic_id DESC
        LIMIT $4
     )
     SELECT g.topic_id::text, g.rank, g.topic_matched, g.statement_matches,
            t.title, t.status::text, t.submitted_at,
            ts_headline(${headlineConfigSql('t.language')}, ${stripMarksSql('t.title')}, ${query},
                        $5) AS title_headline,
            ts_headline(${headlineConfigSql('t.language')}, ${stripMarksSql('t.description')},
                        ${query}, $6) AS description_headline,
            (SELECT COALESCE(json_agg(json_build_object('id', s.id, 'author', s.author,
                                                        'headline', s.headline)
                                      ORDER BY s.rank DESC, s.id), '[]'::json)
               FROM (SELECT p.id::text AS id, u.username::text AS author,
                            ts_rank_cd(p.search_vector, ${query}) AS rank,
                            ts_headline(${headlineConfigSql('p.language')}, p.body, ${query}, $6)
                              AS headline
                       FROM posts p JOIN users u ON u.id = p.author_id
                      WHERE p.topic_id = g.topic_id AND p.search_vector @@ ${query}
                        AND p.status = 'approved' AND p.hidden_at IS NULL
                        AND ${statementOnlySql('p')}
                      ORDER BY rank DESC, p.id
                      LIMIT ${STATEMENTS_PER_RESULT}) s) AS statements
       FROM page g JOIN topics t ON t.id = g.topic_id
      ORDER BY g.rank DESC, g.topic_id DESC`,
    values: [
      input.q,
      after?.rank ?? null,
      after?.topicId ?? null,
      input.take,
      headlineOptions('HighlightAll=true'),
      headlineOptions(
        'MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "',
      ),
    ],
  };
}
