// Every redirect target a visitor can choose (`next`, `callbackUrl`, next-auth's callback) goes
// through here: only same-site paths pass, anything else becomes `/` (no open redirects).

/** A base that no real request has, so a resolved target on any other origin stands out. */
const SAME_SITE = 'http://same-site.invalid';

/**
 * A browser drops tabs and newlines inside URLs and reads `\` as `/`, so `/\t/evil.example`
 * and `/\evil.example` are protocol-relative links to another site. Any such character, a
 * leading `//`, or a value that is not a path at all is refused.
 */
function isPlainPath(value: string): boolean {
  return (
    value.startsWith('/') &&
    !value.startsWith('//') &&
    // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
    !/[\\\u0000-\u001f\u007f]/.test(value)
  );
}

/**
 * Only same-site paths: never an absolute or protocol-relative URL. Checked on the value and on
 * each decoding of it (a page or proxy further along may decode once more), then normalised by
 * the URL parser so dot segments cannot produce a `//` either.
 */
export function safeRedirectPath(value: string | null | undefined): string {
  if (!value) return '/';
  let layer = value;
  for (let depth = 0; depth < 4; depth++) {
    if (!isPlainPath(layer)) return '/';
    let decoded: string;
    try {
      decoded = decodeURIComponent(layer);
    } catch {
      return '/'; // malformed escapes: not a link we wrote
    }
    if (decoded === layer) break;
    layer = decoded;
  }
  const url = new URL(value, SAME_SITE);
  const path = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === SAME_SITE && isPlainPath(path) ? path : '/';
}

/**
 * next-auth's `redirect` callback: same-site paths as they are, absolute URLs only on the web's
 * own origins (made relative: behind a proxy, or `next start` on 127.0.0.1, the origin next-auth
 * detects may differ from the one the browser used), everything else `/`.
 */
export function sameSiteRedirect(url: string, ownOrigins: (string | undefined)[]): string {
  if (url.startsWith('/')) return safeRedirectPath(url);
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return '/';
  }
  const allowed = ownOrigins.filter((o): o is string => Boolean(o)).map((o) => new URL(o).origin);
  if (!allowed.includes(target.origin)) return '/';
  return safeRedirectPath(`${target.pathname}${target.search}${target.hash}`);
}
