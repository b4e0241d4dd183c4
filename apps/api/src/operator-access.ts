// Operators' endpoints (/metrics, readiness details) open only to `Authorization: Bearer
// <METRICS_TOKEN>`. Without a configured token they stay closed: a missing setting never opens
// them.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const digest = (value: string) => createHash('sha256').update(value).digest();

export function createOperatorCheck(token: string | undefined) {
  const expected = token ? digest(token) : null;
  return {
    configured: expected !== null,
    /** Compared as fixed-length digests, in constant time. */
    allows(req: IncomingMessage): boolean {
      if (!expected) return false;
      const header = req.headers.authorization ?? '';
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      return match ? timingSafeEqual(digest(match[1]!), expected) : false;
    },
  };
}
