// The web's security headers as src/proxy.ts builds them (the browser suites check them live).
import { describe, expect, it } from 'vitest';

import { contentSecurityPolicy, staticSecurityHeaders } from '../src/lib/security-headers.ts';

const base = {
  nonce: 'bm9uY2U=',
  apiOrigin: 'https://api.robot-overlord.example',
  signInOrigin: 'https://accounts.google.com',
  development: false,
  deployed: true,
};

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.slice(name.length + 1)
    .split(' ') ?? [];

describe('content security policy', () => {
  it('runs only nonced scripts, never inline or eval in a build', () => {
    const policy = contentSecurityPolicy(base);
    const scripts = directive(policy, 'script-src');
    expect(scripts).toContain("'nonce-bm9uY2U='");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(policy, 'connect-src')).toContain('https://api.robot-overlord.example');
    expect(directive(policy, 'form-action')).toContain('https://accounts.google.com');
    expect(policy).toContain('upgrade-insecure-requests');
  });

  it('allows eval only under `next dev`, and upgrades requests only when deployed', () => {
    const local = contentSecurityPolicy({ ...base, development: true, deployed: false });
    expect(directive(local, 'script-src')).toContain("'unsafe-eval'");
    expect(local).not.toContain('upgrade-insecure-requests');
  });
});

describe('other headers', () => {
  it('sends HSTS only when deployed, and the rest everywhere', () => {
    const deployed = staticSecurityHeaders(true);
    expect(deployed['Strict-Transport-Security']).toMatch(/max-age=\d{8}; includeSubDomains/);
    const local = staticSecurityHeaders(false);
    expect(local['Strict-Transport-Security']).toBeUndefined();
    for (const headers of [deployed, local]) {
      expect(headers['X-Frame-Options']).toBe('DENY');
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['Permissions-Policy']).toContain('camera=()');
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
    }
  });
});
