// `@username` mentions (docs/product.md §17): who a statement mentions, and the prefix the
// compose form completes.
import { describe, expect, it } from 'vitest';

import { extractMentions, MAX_MENTIONS, mentionAtCaret } from '../src/mentions.ts';

describe('mentions', () => {
  it('finds distinct, lower-cased names that follow the username rule', () => {
    expect(
      extractMentions(
        '@Citizen_Ada, and (@citizen_vera); again @citizen_ada. Also @ab and @9lives.',
      ),
    ).toEqual(['citizen_ada', 'citizen_vera']);
  });

  it('ignores addresses, paths and doubled signs', () => {
    expect(extractMentions('mail vera@example.org, see /citizens/@x or @@citizen_ada')).toEqual([]);
  });

  it(`stops at ${MAX_MENTIONS}`, () => {
    const many = Array.from({ length: 15 }, (_, i) => `@citizen_${i}x`).join(' ');
    expect(extractMentions(many)).toHaveLength(MAX_MENTIONS);
  });

  it('reads the prefix being typed at the caret', () => {
    expect(mentionAtCaret('As @cit', 7)).toBe('cit');
    expect(mentionAtCaret('As @cit and more', 7)).toBe('cit');
    expect(mentionAtCaret('As @cit ', 8)).toBeNull();
    expect(mentionAtCaret('vera@exa', 8)).toBeNull();
  });
});
