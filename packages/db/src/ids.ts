import { createHash } from 'node:crypto';

/**
 * A stable UUID derived from a name, so seed rows keep their ids across runs (idempotent seed,
 * stable links in docs and tests). Version nibble 8 marks it as "custom" per RFC 9562.
 */
export function stableId(name: string): string {
  const h = createHash('sha256').update(`overlord-seed:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
