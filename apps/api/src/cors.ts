import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOWED_HEADERS = 'content-type, trpc-accept, x-request-id, last-event-id';

/**
 * Browser requests are accepted only from this environment's web origins. The `cors` package
 * would merely omit the header and still run the procedure, so a foreign Origin is refused with
 * 403 here, before anything executes. Requests without Origin (server-to-server, scripts) pass;
 * browsers always send Origin on cross-origin and state-changing requests.
 * Returns true when the request may proceed.
 */
export function applyCors(
  req: IncomingMessage,
  res: ServerResponse,
  allowed: ReadonlySet<string>,
): boolean {
  const origin = req.headers.origin;
  res.setHeader('Vary', 'Origin');
  if (!origin) return true;
  if (!allowed.has(origin)) {
    res.writeHead(403, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        error: 'origin_not_allowed',
        message: `Origin ${origin} may not call this API.`,
      }),
    );
    return false;
  }
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers': ALLOWED_HEADERS,
      'Access-Control-Max-Age': '600',
    });
    res.end();
    return false;
  }
  return true;
}
