// A statement's text as HTML (docs/product.md §17): a small Markdown subset rendered on the
// server, never in the browser. The stored text stays exactly what the citizen wrote; the
// Overlord judges that text, and this is only how it is shown.
//
// Two layers, each enough on its own: markdown-it with raw HTML off and only the rules below
// switched on (everything else stays literal text), then sanitize-html with an allowlist of the
// tags those rules can produce, `http`/`https`/`mailto` links only, and `rel` forced on every link.
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

export const LINK_REL = 'nofollow ugc noopener';

// 'zero' has every syntax rule off; nesting is capped so a wall of `>` cannot build a staircase.
const markdown = new MarkdownIt('zero', {
  html: false,
  linkify: true,
  breaks: true,
  typographer: false,
  maxNesting: 12,
});
markdown.enable([
  // block
  'paragraph',
  'list',
  'blockquote',
  'reference',
  // inline
  'text',
  'newline',
  'escape',
  'backticks',
  'emphasis',
  'link',
  'autolink',
  'entity',
  'balance_pairs',
  'fragments_join',
  // core
  'linkify',
]);

// Only absolute web and mail links become links; any other destination (relative, `ftp:`,
// `javascript:`, `data:`…) leaves the Markdown as literal text.
const linkable = /^(https?:\/\/|mailto:)/i;
markdown.validateLink = (url) => linkable.test(url.trim());

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'em', 'strong', 'ul', 'ol', 'li', 'blockquote', 'code', 'a'],
  allowedAttributes: { a: ['href', 'rel'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: LINK_REL }) },
};

/** Safe HTML for a statement's text. */
export function renderStatement(text: string): string {
  return sanitizeHtml(markdown.render(text), sanitizeOptions).trim();
}
