// Open-redirect probes: every target a visitor can pick (`/welcome?next=`, `callbackUrl`,
// next-auth's `redirect` callback) must stay on this site, however it is spelled.
import { describe, expect, it } from 'vitest';

import { safeRedirectPath, sameSiteRedirect } from '../src/lib/redirect.ts';

/** Values as they arrive after the query string is decoded once (as Next hands them over). */
const offSite = [
  '//example.org',
  '/\t/example.org', // the reported probe: %2F%09%2Fexample.org
  '/\n/example.org',
  '/\r\n/example.org',
  '/\\example.org',
  '\\\\example.org',
  '/\\/example.org',
  '/%2F/example.org', // decodes to //example.org one step later
  '/%2f%2fexample.org',
  '/%09/example.org',
  '/%5Cexample.org',
  '/%252F%252Fexample.org', // double-encoded
  '/%25252F%25252Fexample.org', // triple-encoded
  '/a/..//example.org', // dot segments normalise to //example.org
  '/./\\example.org',
  'https://example.org/',
  'http:example.org',
  'javascript:alert(1)',
  'example.org',
  ' /\t/example.org',
  '/%E0%A4%A', // malformed escape
];

describe('safeRedirectPath', () => {
  it.each(offSite)('refuses %j', (value) => {
    expect(safeRedirectPath(value)).toBe('/');
  });

  it('keeps same-site paths with their query and fragment', () => {
    expect(safeRedirectPath('/topics/abc?page=2#post-1')).toBe('/topics/abc?page=2#post-1');
    expect(safeRedirectPath('/search?q=caf%C3%A9')).toBe('/search?q=caf%C3%A9');
    expect(safeRedirectPath('/')).toBe('/');
    expect(safeRedirectPath(undefined)).toBe('/');
    expect(safeRedirectPath('')).toBe('/');
  });

  it('refuses the reported probe exactly as the query string carries it', () => {
    const next = new URLSearchParams('next=%2F%09%2Fexample.org').get('next');
    expect(safeRedirectPath(next)).toBe('/');
  });
});

describe("next-auth's redirect callback", () => {
  const own = ['http://127.0.0.1:3000', 'https://robot-overlord.example'];

  it.each(offSite)('refuses %j', (value) => {
    expect(sameSiteRedirect(value, own)).toBe('/');
  });

  it.each([
    'https://evil.example/welcome',
    'https://robot-overlord.example.evil.example/',
    'https://robot-overlord.example@evil.example/',
    'http://robot-overlord.example/welcome', // another scheme is another origin
    'https://robot-overlord.example//evil.example',
    'https://robot-overlord.example/%2F%2Fevil.example',
    'https://robot-overlord.example/\t/evil.example',
  ])('refuses %j', (value) => {
    expect(sameSiteRedirect(value, own)).toBe('/');
  });

  it('keeps own-origin URLs as relative paths and plain paths as they are', () => {
    expect(sameSiteRedirect('https://robot-overlord.example/welcome?next=%2Ftopics', own)).toBe(
      '/welcome?next=%2Ftopics',
    );
    expect(sameSiteRedirect('/welcome?next=%2F', own)).toBe('/welcome?next=%2F');
    expect(sameSiteRedirect('http://127.0.0.1:3000/', [undefined, ...own])).toBe('/');
  });
});
