import { TAG_VOCABULARY } from './tag-vocabulary';
import { alternation } from './text';

const MAX_TAGS = 5;
/** Words in a title say what a debate is about more than words in its body. */
const TITLE_WEIGHT = 2;

const MATCHERS: [string, RegExp][] = Object.entries(TAG_VOCABULARY).map(([tag, keywords]) => [
  tag,
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(keywords)})(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu'),
]);

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  return text.match(re)?.length ?? 0;
}

/** Lowercase kebab-case, the only shape TagSchema accepts. */
export function normaliseTag(tag: string): string {
  return tag
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Vocabulary tags with their keyword score, highest first, vocabulary order on ties. */
export function vocabularyTags(title: string, body: string): { tag: string; score: number }[] {
  return MATCHERS.map(([tag, re]) => ({
    tag,
    score: TITLE_WEIGHT * count(re, title) + count(re, body),
  }))
    .filter((t) => t.score > 0)
    .sort((a, b) => b.score - a.score);
}

/**
 * Up to five tags. Existing tags that literally appear in the text come first
 * (admins may have renamed or added them), then vocabulary tags by score.
 */
export function suggestTags(
  title: string,
  body: string,
  knownTags: readonly string[] = [],
): string[] {
  const haystack = ` ${`${title} ${body}`.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const known = [...new Set(knownTags.map(normaliseTag).filter(Boolean))].filter((tag) => {
    const phrase = tag.replace(/-/g, ' ');
    return haystack.includes(` ${phrase} `) || haystack.includes(` ${phrase}s `);
  });
  const ranked = vocabularyTags(title, body).map((t) => t.tag);
  return [...new Set([...known, ...ranked])].slice(0, MAX_TAGS);
}
