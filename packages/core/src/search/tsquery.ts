// The one way a search box's words become a tsquery (docs/product.md §12). Documents hold
// English text under the `english` configuration and other languages under `simple`, so the
// query is parsed both ways and either may match. websearch_to_tsquery never fails on input:
// quotes, `or` and `-word` work as on a web search engine, and stray punctuation is ignored.
export const tsQuerySql = (param: string) =>
  `(websearch_to_tsquery('english', ${param}) || websearch_to_tsquery('simple', ${param}))`;

/** The configuration a row's own text is highlighted with (see the search_document function). */
export const headlineConfigSql = (languageColumn: string) =>
  `(CASE WHEN ${languageColumn} IN ('eng', 'und') THEN 'english' ELSE 'simple' END)::regconfig`;

/**
 * ts_headline marks matches with these; stored text never contains them (cleanText removes
 * control characters, and the search statement strips them from titles first), so the marks
 * can be split out and rendered as elements, with everything else still escaped as text.
 */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

export interface Segment {
  text: string;
  match: boolean;
}

/** A headline as plain-text segments, matches flagged. */
export function headlineSegments(headline: string): Segment[] {
  const segments: Segment[] = [];
  let rest = headline;
  while (rest.length > 0) {
    const start = rest.indexOf(MARK_START);
    if (start === -1) {
      segments.push({ text: rest, match: false });
      break;
    }
    if (start > 0) segments.push({ text: rest.slice(0, start), match: false });
    const end = rest.indexOf(MARK_END, start + 1);
    const stop = end === -1 ? rest.length : end;
    const text = rest.slice(start + 1, stop);
    if (text) segments.push({ text, match: true });
    rest = end === -1 ? '' : rest.slice(end + 1);
  }
  return segments;
}

/** Strips the two marks from text that was not cleaned on the way in (titles). */
export const stripMarksSql = (expr: string) => `translate(${expr}, E'\\x01\\x02', '')`;
