// Search over topics and statements (docs/product.md §12): keyword results by PostgreSQL's
// full-text search, grouped by topic and ranked, with highlighted snippets; below them, on the
// first page, topics related by meaning.
import type { Deps } from '../deps.ts';
import { relatedByMeaning, type RelatedTopic } from './related.ts';
import { type SearchRow, selectSearchPage } from './search-sql.ts';
import { headlineSegments, type Segment } from './tsquery.ts';

export interface SearchResult {
  topic: { id: string; title: string; inEvaluation: boolean; submittedAt: Date };
  title: Segment[];
  /** A snippet of the description when the topic's own text matched. */
  description: Segment[] | null;
  statements: { id: string; author: { username: string }; snippet: Segment[] }[];
  /** How many of its approved statements matched (snippets show the best few). */
  statementMatches: number;
}

export interface SearchInput {
  q: string;
  limit: number;
  cursor?: string | null | undefined;
}

/** Cursor = `<rank>_<topic id>` of the last result (ranks are float8; String() round-trips). */
export function encodeSearchCursor(rank: number, topicId: string): string {
  return `${rank}_${topicId}`;
}

export function decodeSearchCursor(cursor: string): { rank: number; topicId: string } | null {
  const at = cursor.lastIndexOf('_');
  const rank = Number(cursor.slice(0, at));
  const topicId = cursor.slice(at + 1);
  return at > 0 && Number.isFinite(rank) ? { rank, topicId } : null;
}

function toResult(row: SearchRow): SearchResult {
  return {
    topic: {
      id: row.topic_id,
      title: row.title,
      inEvaluation: row.status !== 'approved',
      submittedAt: row.submitted_at,
    },
    title: headlineSegments(row.title_headline),
    description: row.topic_matched ? headlineSegments(row.description_headline) : null,
    statements: row.statements.map((s) => ({
      id: s.id,
      author: { username: s.author },
      snippet: headlineSegments(s.headline),
    })),
    statementMatches: row.statement_matches,
  };
}

export async function search(deps: Pick<Deps, 'db' | 'overlord'>, input: SearchInput) {
  const after = input.cursor ? decodeSearchCursor(input.cursor) : null;
  const rows = await selectSearchPage(deps.db, { q: input.q, take: input.limit + 1, after });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  // Related by meaning on the first page only, and never at the cost of the keyword results:
  // an embedding provider that fails leaves the list empty.
  const related: RelatedTopic[] = input.cursor
    ? []
    : await relatedByMeaning(
        deps,
        input.q,
        page.map((r) => r.topic_id),
      ).catch(() => []);
  return {
    results: page.map(toResult),
    nextCursor:
      rows.length > input.limit && last ? encodeSearchCursor(last.rank, last.topic_id) : null,
    related,
  };
}
