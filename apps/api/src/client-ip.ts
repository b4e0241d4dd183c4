// The caller's IP for per-IP limits. Behind Render's proxy the socket address is the proxy's,
// and Render puts the client's address first in X-Forwarded-For; anywhere else that header is
// whatever the caller wrote, so only the socket counts.
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

export function clientIp(req: IncomingMessage, behindRender: boolean): string {
  if (behindRender) {
    const header = req.headers['x-forwarded-for'];
    const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();
    if (first && isIP(first)) return first;
  }
  return req.socket.remoteAddress ?? 'unknown';
}
