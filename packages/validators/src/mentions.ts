// `@username` mentions in a statement (docs/product.md §17). The same rule finds them for the
// dispatch sent on approval and for the compose form's autocomplete.
import { USERNAME_MAX, USERNAME_MIN } from './username.ts';

/** At most this many citizens are told about one statement; the rest are only text. */
export const MAX_MENTIONS = 10;

// After the start or a character that cannot be part of a name, an address or a path, so
// `vera@example.org` and `/citizens/@x` mention nobody.
const mention = new RegExp(
  `(?:^|[^A-Za-z0-9_@/.])@([A-Za-z][A-Za-z0-9_]{${USERNAME_MIN - 1},${USERNAME_MAX - 1}})(?![A-Za-z0-9_])`,
  'g',
);

/** The distinct usernames mentioned, lower-cased, in order of first mention, at most `MAX_MENTIONS`. */
export function extractMentions(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(mention)) {
    const name = match[1]!.toLowerCase();
    if (!found.includes(name)) found.push(name);
    if (found.length === MAX_MENTIONS) break;
  }
  return found;
}

/**
 * The `@prefix` being typed just before the caret, for autocomplete; null when the caret is not
 * at the end of a would-be mention.
 */
export function mentionAtCaret(text: string, caret: number): string | null {
  const match = /(?:^|[^A-Za-z0-9_@/.])@([A-Za-z][A-Za-z0-9_]{0,29})$/.exec(text.slice(0, caret));
  return match ? match[1]! : null;
}
