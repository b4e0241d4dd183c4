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
/** What the next request gets instead of the brain's answer. */
export type Behaviour =
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
  | { kind: 'hang' }
  | { kind: 'content'; text: string }
  | { kind: 'json'; value: unknown }
  /** The model calls a tool (Anthropic's tool_use block), e.g. to propose a chat action. */
  | { kind: 'tool'; name: string; input: Record<string, unknown> };

export interface VendorServer {
  url: string;
  requests: RecordedRequest[];
  /** Requests to a path containing `fragment` (e.g. '/messages', '/embeddings'). */
  calls(fragment: string): RecordedRequest[];
  script(...behaviours: Behaviour[]): void;
  /**
   * Like `script`, but only for requests `match` selects (e.g. one post's evaluation), whatever
   * else arrives meanwhile. Matched behaviours take precedence over `script`'s.
   */
  scriptWhen(match: (req: RecordedRequest) => boolean, ...behaviours: Behaviour[]): void;
  close(): Promise<void>;
}

/**
 * How a real model behaves under load, for benchmarks: latency from a lognormal distribution
 * (given by its median and 99th percentile), a share of calls refused as overloaded (429 or 529,
 * with `retry-after`) and a share answered with malformed output. Draws come from a seeded
 * generator, so a run can be replayed. Scripted behaviours still come first.
 */
export interface LoadProfile {
  medianMs: number;
  p99Ms: number;
  /** Share of calls answered 429 or 529 (half each) with `retry-after: retryAfterSeconds`. */
  overloadedRate: number;
  retryAfterSeconds: number;
  /** Share of calls answered with text that is not the JSON asked for. */
  malformedRate: number;
  seed: number;
}

/** A hosted model on a busy day: median 1.5 s, p99 6 s, 3 % overloaded, 1 % malformed. */
export const busyModelProfile: LoadProfile = {
  medianMs: 1_500,
  p99Ms: 6_000,
  overloadedRate: 0.03,
  retryAfterSeconds: 1,
  malformedRate: 0.01,
  seed: 1,
};

/** One options object for every local vendor server. */
export interface VendorServerOptions {
  /** The stand-in model: the offline judge, or one that obeys instructions outside fences. */
  brain?: 'offline' | 'gullible';
  /** A load profile for model calls (not embeddings); none: answer at once, always well. */
  profile?: LoadProfile;
}

/** mulberry32: small, fast and seedable; plenty for load shapes. */
function seededRandom(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The z-score of the 99th percentile of a standard normal distribution. */
const Z99 = 2.3263;

/** Draws what the next model call does under `profile`. */
export function createLoad(profile: LoadProfile) {
  const random = seededRandom(profile.seed);
  const mu = Math.log(profile.medianMs);
  const sigma = Math.log(profile.p99Ms / profile.medianMs) / Z99;
  const normal = () => {
    // Box–Muller; 1 - u keeps log away from 0.
    const u = 1 - random();
    const v = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return (): { delayMs: number; behaviour: Behaviour | undefined } => {
    const roll = random();
    if (roll < profile.overloadedRate) {
      return {
        // Refusals come back fast, as a real gateway's do.
        delayMs: 20 + random() * 80,
        behaviour: {
          kind: 'status',
          status: random() < 0.5 ? 429 : 529,
          headers: { 'retry-after': String(profile.retryAfterSeconds) },
          body: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
        },
      };
    }
    const delayMs = Math.exp(mu + sigma * normal());
    if (roll < profile.overloadedRate + profile.malformedRate) {
      return { delayMs, behaviour: { kind: 'content', text: 'Approved!! The citizen is right.' } };
    }
    return { delayMs, behaviour: undefined };
  };
}

export type Handler = (
  req: RecordedRequest,
  behaviour: Behaviour | undefined,
  res: ServerResponse,
) => Promise<void>;

export async function startVendorServer(
  basePath: string,
  handle: Handler,
  opts: VendorServerOptions = {},
): Promise<VendorServer> {
  const load = opts.profile ? createLoad(opts.profile) : null;
  const requests: RecordedRequest[] = [];
  const queue: Behaviour[] = [];
  const matched: { match: (req: RecordedRequest) => boolean; behaviours: Behaviour[] }[] = [];
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
      const targeted = matched.find((m) => m.behaviours.length > 0 && m.match(recorded));
      const scripted = targeted ? targeted.behaviours.shift() : queue.shift();
      const drawn =
        !scripted && load && !recorded.path.includes('/embeddings') ? load() : undefined;
      const behaviour = scripted ?? drawn?.behaviour;
      if (drawn && drawn.delayMs > 0) {
        setTimeout(() => respond(recorded, behaviour, res), drawn.delayMs);
        return;
      }
      respond(recorded, behaviour, res);
    });
  });
  function respond(
    recorded: RecordedRequest,
    behaviour: Behaviour | undefined,
    res: ServerResponse,
  ) {
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
  }
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    requests,
    calls: (fragment) => requests.filter((r) => r.path.includes(fragment)),
    script: (...behaviours) => queue.push(...behaviours),
    scriptWhen: (match, ...behaviours) => matched.push({ match, behaviours }),
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
