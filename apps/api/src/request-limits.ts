// Request limits checked before a body is read or a batch is run: an oversized body or batch
// gets 413 without being parsed. Bodies sent without a length are capped while they stream, by
// tRPC's own `maxBodySize` (also 413).
import type { IncomingMessage } from 'node:http';

import { TRPC_PATH } from '@overlord/trpc';

export interface RequestLimits {
  maxBodyBytes: number;
  maxBatchSize: number;
}

export type LimitBreach = { limit: 'body' | 'batch'; message: string } | null;

/** Procedures named in one request: `/trpc/a,b,c` is a batch of three. */
export function batchLength(pathname: string): number {
  if (!pathname.startsWith(`${TRPC_PATH}/`)) return 0;
  return pathname.slice(TRPC_PATH.length + 1).split(',').length;
}

export function checkRequestLimits(req: IncomingMessage, limits: RequestLimits): LimitBreach {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (Number.isFinite(declared) && declared > limits.maxBodyBytes) {
    return {
      limit: 'body',
      message: `Request bodies are limited to ${limits.maxBodyBytes} bytes.`,
    };
  }
  const pathname = (req.url ?? '/').split('?')[0] ?? '/';
  if (batchLength(pathname) > limits.maxBatchSize) {
    return {
      limit: 'batch',
      message: `A batch may hold at most ${limits.maxBatchSize} procedures.`,
    };
  }
  return null;
}
