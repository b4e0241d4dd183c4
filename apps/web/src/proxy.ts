// Next's proxy (formerly middleware): a fresh script nonce and the security headers on every
// page and route. The policy goes on the request too: Next reads the nonce from there and puts it
// on the scripts it renders.
import { NextResponse, type NextRequest } from 'next/server';

import { env } from '~/env';
import { contentSecurityPolicy, staticSecurityHeaders } from '~/lib/security-headers';

const deployed = env.APP_ENV === 'staging' || env.APP_ENV === 'production';
const signInOrigin = new URL(env.AUTH_GOOGLE_ISSUER ?? 'https://accounts.google.com').origin;
const fixedHeaders = staticSecurityHeaders(deployed);

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy({
    nonce,
    apiOrigin: new URL(env.NEXT_PUBLIC_API_URL).origin,
    signInOrigin,
    development: env.NODE_ENV === 'development',
    deployed,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  for (const [name, value] of Object.entries(fixedHeaders)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but Next's hashed static files (they carry no script the policy would govern).
  matcher: [{ source: '/((?!_next/static|_next/image).*)' }],
};
