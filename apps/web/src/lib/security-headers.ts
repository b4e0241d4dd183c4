// The web's security headers, built per request by src/proxy.ts. Scripts run only with the
// request's nonce (Next puts it on its own scripts when it finds it in the request's policy);
// 'strict-dynamic' lets those scripts load the app's chunks. Styles may stay inline: React's
// `style` attributes need it, and the issue at hand is script injection.

/** Browser features no page of ours uses; the api sends the same list. */
export const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), display-capture=()';

export interface PolicyOptions {
  nonce: string;
  /** The api's public origin: the browser fetches and streams from it. */
  apiOrigin: string;
  /** Where the sign-in form may send the browser (Google, or its stand-in in tests). */
  signInOrigin: string;
  /** `next dev` evaluates code for fast refresh; never in a build. */
  development: boolean;
  /** Staging and production: HTTPS only (HSTS, upgrade-insecure-requests). */
  deployed: boolean;
}

export function contentSecurityPolicy(o: PolicyOptions): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': [
      "'self'",
      `'nonce-${o.nonce}'`,
      "'strict-dynamic'",
      ...(o.development ? ["'unsafe-eval'"] : []),
    ],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", o.apiOrigin],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'", o.signInOrigin],
    'frame-ancestors': ["'none'"],
    'frame-src': ["'none'"],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
  };
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(' ')}`);
  if (o.deployed) policy.push('upgrade-insecure-requests');
  return policy.join('; ');
}

/** Every header but the policy itself, which carries the per-request nonce. */
export function staticSecurityHeaders(deployed: boolean): Record<string, string> {
  return {
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(deployed ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}
