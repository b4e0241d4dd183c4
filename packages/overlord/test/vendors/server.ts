// Shared plumbing of the local vendor servers: request log, scripted behaviours, JSON/SSE.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

/** How a local vendor server behaves; one options object for every start function. */
export interface VendorServerOptions {
  /** The stand-in model: the offline judge, or one that obeys instructions outside fences. */
  brain?: 'offline' | 'gullible';
}

/** What the next request gets instead of the brain's answer. */
export type Behaviour =
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
  | { kind: 'hang' }
  | { kind: 'content'; text: string }
  | { kind: 'json'; value: unknown };

export interface VendorServer {
  url: string;
  requests: RecordedRequest[];
  /** Requests to a path containing `fragment` (e.g. '/messages', '/embeddings'). */
  calls(fragment: string): RecordedRequest[];
  script(...behaviours: Behaviour[]): void;
  close(): Promise<void>;
}

export type Handler = (
  req: RecordedRequest,
  behaviour: Behaviour | undefined,
  res: ServerResponse,
) => Promise<void>;

export async function startVendorServer(basePath: string, handle: Handler): Promise<VendorServer> {
  const requests: RecordedRequest[] = [];
  const queue: Behaviour[] = [];
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {},
      };
      requests.push(recorded);
      const behaviour = queue.shift();
      if (behaviour?.kind === 'status') {
        res.writeHead(behaviour.status, {
          'content-type': 'application/json',
          ...behaviour.headers,
        });
        res.end(JSON.stringify(behaviour.body ?? { error: { message: 'scripted failure' } }));
        return;
      }
      if (behaviour?.kind === 'hang') {
        hanging.add(res);
        return;
      }
      handle(recorded, behaviour, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: String(error) } }));
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    requests,
    calls: (fragment) => requests.filter((r) => r.path.includes(fragment)),
    script: (...behaviours) => queue.push(...behaviours),
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

export function sendJson(res: ServerResponse, body: unknown) {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export function sendSse(res: ServerResponse, events: { event?: string; data: unknown }[]) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  for (const e of events) {
    const data = typeof e.data === 'string' ? e.data : JSON.stringify(e.data);
    res.write(`${e.event ? `event: ${e.event}\n` : ''}data: ${data}\n\n`);
  }
  res.end();
}

/** Splits a reply into small chunks, as a model streams tokens. */
export const chunksOf = (text: string) => text.match(/.{1,8}/gs) ?? [];
