// The web app probed as an outsider would: redirect targets (`/welcome?next=`, the development
// sign-in's callbackUrl) stay on the site; every page carries the security headers; the policy
// is enforced (an injected inline script does not run, the site cannot be framed) and the pages
// themselves run under it without a single violation (checked after every browser test).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type BrowserSuite, startBrowserSuite } from '../helpers/browser-suite.ts';
import { takeCspViolations } from '../helpers/web.ts';

let suite: BrowserSuite;

beforeAll(async () => {
  suite = await startBrowserSuite({ devSignIn: true });
}, 660_000);

afterAll(async () => {
  await suite?.stop();
});

const probes = [
  '%2F%09%2Fexample.org', // the reported one: /<tab>/example.org
  '%2F%0A%2Fexample.org',
  '%2F%5Cexample.org',
  '%5C%5Cexample.org',
  '%2F%2Fexample.org',
  '%2F%252F%252Fexample.org',
  'https%3A%2F%2Fexample.org',
  '%2Fa%2F..%2F%2Fexample.org',
];

/** Where a browser would go from a Location header on the web's own origin. */
const resolvedHost = (location: string | null) => new URL(location ?? '/', suite.web.url).host;

describe('redirect targets', () => {
  it.each(probes)('/welcome?next=%s stays on the site (signed in)', async (next) => {
    const { cookie } = await suite.stack.signIn('citizen_boris');
    const res = await fetch(`${suite.web.url}/welcome?next=${next}`, {
      headers: { cookie },
      redirect: 'manual',
    });
    expect(res.status).toBe(307);
    const location = res.headers.get('location');
    expect(location).not.toMatch(/[\t\n\\]/);
    expect(resolvedHost(location)).toBe(new URL(suite.web.url).host);
    expect(new URL(location!, suite.web.url).pathname).toBe('/');
  });

  it.each(probes)('/welcome?next=%s stays on the site (anonymous)', async (next) => {
    const res = await fetch(`${suite.web.url}/welcome?next=${next}`, { redirect: 'manual' });
    expect(res.status).toBe(307);
    const location = new URL(res.headers.get('location')!, suite.web.url);
    expect(location.host).toBe(new URL(suite.web.url).host);
    expect(location.pathname).toBe('/sign-in');
    expect(location.searchParams.get('callbackUrl')).toBe('/');
  });

  it('keeps the development sign-in on the site whatever callbackUrl it is given', async () => {
    for (const callbackUrl of ['/\t/example.org', '//example.org', 'https://example.org/']) {
      const res = await fetch(`${suite.web.url}/api/dev-sign-in`, {
        method: 'POST',
        headers: { origin: suite.web.url },
        body: new URLSearchParams({ username: 'citizen_boris', callbackUrl }),
        redirect: 'manual',
      });
      expect(res.status).toBe(303);
      const location = new URL(res.headers.get('location')!);
      expect(location.host).toBe(new URL(suite.web.url).host);
      expect(location.pathname).toBe('/welcome');
      expect(location.searchParams.get('next')).toBe('/');
    }
  });
});

describe('security headers', () => {
  it.each(['/', '/sign-in', '/topics/00000000-0000-4000-8000-000000000000', '/api/auth/session'])(
    '%s carries a nonce policy and the other headers',
    async (path) => {
      const res = await fetch(`${suite.web.url}${path}`, { redirect: 'manual' });
      const policy = res.headers.get('content-security-policy') ?? '';
      const scripts = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
      expect(scripts).not.toContain('unsafe-inline');
      expect(scripts).not.toContain('unsafe-eval');
      expect(policy).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('permissions-policy')).toContain('camera=()');
      // APP_ENV=test: plain http, so no HSTS (the unit tests cover the deployed case).
      expect(res.headers.get('strict-transport-security')).toBeNull();
    },
  );

  it('uses a fresh nonce per response, and puts it on the page’s scripts', async () => {
    const [a, b] = await Promise.all([fetch(suite.web.url), fetch(suite.web.url)]);
    const nonceOf = (res: Response) =>
      /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
    expect(nonceOf(a)).toBeTruthy();
    expect(nonceOf(a)).not.toBe(nonceOf(b));
    const html = await a.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonceOf(a)}"`);
  });
});

describe('the policy in the browser', () => {
  it('runs the pages without a violation, hydrated', { timeout: 90_000 }, async () => {
    const context = await suite.contextAs('citizen_boris');
    const page = await context.newPage();
    for (const path of ['/', '/queues', '/leaderboard', '/ask', '/sign-in']) {
      const res = await page.goto(`${suite.web.url}${path}`);
      expect(res?.status(), path).toBeLessThan(400);
      await page.waitForLoadState('load');
      await page.waitForTimeout(500); // live pages open their streams after hydration
    }
    // The nonced inline scripts ran (Next's flight data) and React hydrated the page.
    const ran = await page.evaluate(`({
      flight: Array.isArray(self.__next_f),
      hydrated: [...document.querySelectorAll('*')].some((el) =>
        Object.keys(el).some((k) => k.startsWith('__react')),
      ),
    })`);
    expect(ran).toEqual({ flight: true, hydrated: true });
    await context.close();
    expect(takeCspViolations()).toEqual([]);
  });

  it('refuses injected markup’s inline scripts, and the helper reports it', async () => {
    const context = await suite.contextAs(null);
    const page = await context.newPage();
    await page.goto(suite.web.url);
    // What an HTML injection would carry: an inline event handler.
    await page.evaluate(`{
      const box = document.createElement('div');
      box.innerHTML = '<img src="/no-such-image.png" onerror="window.__injected = true">';
      document.body.appendChild(box);
    }`);
    await page.waitForTimeout(500);
    expect(await page.evaluate('window.__injected')).toBeUndefined();
    const reported = takeCspViolations();
    expect(reported.join('\n')).toMatch(/script-src/);
    await context.close();
  });

  it('cannot be framed by another site', async () => {
    const context = await suite.contextAs(null);
    const page = await context.newPage();
    await page.setContent(`<iframe id="frame" src="${suite.web.url}/sign-in"></iframe>`);
    await page.waitForTimeout(1_500);
    const frame = page.frames().find((f) => f.url().startsWith(suite.web.url));
    // Chromium replaces a refused frame with an error page: none of the site's content is there.
    const framedText = frame ? await frame.content().catch(() => '') : '';
    expect(framedText).not.toContain('identify yourself');
    // The refusal itself is reported on the framing page: expected here, and proof it happened.
    expect(takeCspViolations().join('\n')).toMatch(/frame-ancestors/);
    await context.close();
  });
});
