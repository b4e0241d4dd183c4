export { relatedByMeaning, type RelatedTopic } from './related.ts';
export {
  decodeSearchCursor,
  encodeSearchCursor,
  search,
  type SearchInput,
  type SearchResult,
} from './search.ts';
export { searchPageQuery, STATEMENTS_PER_RESULT } from './search-sql.ts';
export { headlineSegments, type Segment, tsQuerySql } from './tsquery.ts';
