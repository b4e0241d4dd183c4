import { NextResponse, type NextRequest } from 'next/server';

import { sessionCookie } from '~/server/auth';
import { createDevSession, devSignInEnabled } from '~/server/dev-sign-in';
import { safeRedirectPath } from '~/lib/redirect';

export const dynamic = 'force-dynamic';

/** POST username=…&callbackUrl=… (a plain form on /sign-in). 404 unless enabled. */
export async function POST(request: NextRequest) {
  if (!devSignInEnabled()) return new NextResponse('Not found', { status: 404 });
  // Same-origin forms only: the browser always sends Origin on a form POST.
  const host = request.headers.get('host');
  const origin = request.headers.get('origin');
  if (!host || (origin && new URL(origin).host !== host)) {
    return new NextResponse('Forbidden', { status: 403 });
  }
  const self = origin ?? `${request.nextUrl.protocol}//${host}`;
  const form = await request.formData();
  // A file in either field is no name or path; stringified, it fails validation like any other.
  /* eslint-disable @typescript-eslint/no-base-to-string */
  const username = String(form.get('username') ?? '');
  const next = safeRedirectPath(String(form.get('callbackUrl') ?? '/'));
  /* eslint-enable @typescript-eslint/no-base-to-string */
  const session = await createDevSession(username);
  if (!session) return new NextResponse('No such user', { status: 400 });
  const response = NextResponse.redirect(
    new URL(`/welcome?next=${encodeURIComponent(next)}`, self),
    303,
  );
  response.cookies.set(sessionCookie.name, session.sessionToken, {
    ...sessionCookie.options,
    expires: session.expires,
  });
  return response;
}
