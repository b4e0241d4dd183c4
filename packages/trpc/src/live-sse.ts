// A direct transport for the live.* subscriptions, speaking tRPC's SSE wire format.
//
// Why: through tRPC's generic SSE path every event costs each subscriber a chain of async
// generators, web streams and its own serialisation; with ten thousand watchers of one topic
// that took seconds per event on two cores (docs/benchmarks.md). Here an event is serialised
// once and written to every subscriber's socket as the same string.
//
// What stays tRPC: the procedures in routers/live.ts are the contract (types, input schemas,
// permissions, the authorization matrix); the client is the ordinary tRPC client
// (httpSubscriptionLink); the bytes on the wire are what tRPC would send (`connected` event,
// then `data:` superjson with `id:` = Redis stream id). Anything unusual — a malformed or
// invalid input, a banned caller, no hub — is left to tRPC's own handler, which answers with its
// usual typed errors.
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { StreamEntry, StreamHub } from '@overlord/redis';
import { StreamLimitError, streams } from '@overlord/redis';
import superjson from 'superjson';
import type { z } from 'zod';

import { TRPC_PATH } from './client.ts';
import {
  createHeartbeat,
  createLiveConnectionCounter,
  type LiveConnectionLimits,
} from './live-limits.ts';
import {
  dispatchesLiveInput,
  isLogEvent,
  dispatchEventSchema,
  itemLiveInput,
  type LiveEvent,
  liveEventSchema,
  logLiveInput,
  queuesLiveInput,
  topicLiveInput,
} from './routers/live.schema.ts';

interface LiveRoute<S extends z.ZodType> {
  input: S;
  /** The stream to follow; `userId` is the signed-in caller (null: anonymous). */
  stream: (input: z.infer<S>, userId: string | null) => string;
  /** Entries as wire messages (null: not an event of this stream's shape). */
  wire: (entry: StreamEntry) => string | null;
  /** Only a signed-in citizen's own stream: anyone else is left to tRPC (401). */
  ownStream?: boolean;
}

/** One wire message per stream entry, shared by every subscriber (null: not a live event). */
function wireOf(schema: z.ZodType) {
  const wire = new WeakMap<StreamEntry, string | null>();
  return (entry: StreamEntry): string | null => {
    let message = wire.get(entry);
    if (message === undefined) {
      const event = schema.safeParse(entry.event);
      message = event.success
        ? `data: ${JSON.stringify(superjson.serialize(event.data))}\nid: ${entry.id}\n\n`
        : null;
      wire.set(entry, message);
    }
    return message;
  };
}
const queueWire = wireOf(liveEventSchema satisfies z.ZodType<LiveEvent>);
/** The public log's share of the queue stream: decisions on topics and statements. */
const logWire = (entry: StreamEntry): string | null => {
  const event = liveEventSchema.safeParse(entry.event);
  return event.success && isLogEvent(event.data) ? queueWire(entry) : null;
};

const routes: Record<string, LiveRoute<z.ZodType>> = {
  'live.topic': {
    input: topicLiveInput,
    stream: (input: z.infer<typeof topicLiveInput>) => streams.topic(input.topicId),
    wire: queueWire,
  } as LiveRoute<z.ZodType>,
  'live.queues': {
    input: queuesLiveInput,
    stream: () => streams.queues(),
    wire: queueWire,
  },
  'live.log': {
    input: logLiveInput,
    stream: () => streams.queues(),
    wire: logWire,
  },
  'live.item': {
    input: itemLiveInput,
    stream: (input: z.infer<typeof itemLiveInput>) => streams.job(input.id),
    wire: queueWire,
  } as LiveRoute<z.ZodType>,
  'live.dispatches': {
    input: dispatchesLiveInput,
    // Always the caller's own: the input cannot name anyone (docs/product.md §13).
    stream: (_input, userId) => streams.user(userId!),
    wire: wireOf(dispatchEventSchema),
    ownStream: true,
  },
};

const SSE_HEADERS = {
  'Content-Type': 'text/event-stream',
  'Cache-Control': 'no-cache, no-transform',
  'X-Accel-Buffering': 'no',
  Connection: 'keep-alive',
};
const CONNECTED = 'event: connected\ndata: {}\n\n';

/** Reads the subscription input as tRPC would: superjson in `?input=`, resume id merged in. */
function readInput(url: URL, req: IncomingMessage): unknown {
  const raw = url.searchParams.get('input');
  let input: unknown =
    raw === null
      ? undefined
      : superjson.deserialize(JSON.parse(raw) as Parameters<typeof superjson.deserialize>[0]);
  const header = req.headers['last-event-id'];
  const lastEventId =
    (typeof header === 'string' ? header : null) ??
    url.searchParams.get('lastEventId') ??
    url.searchParams.get('Last-Event-Id');
  if (lastEventId) {
    input =
      input && typeof input === 'object' ? { ...input, lastEventId } : (input ?? { lastEventId });
  }
  return input;
}

export interface LiveSseOptions {
  hub: StreamHub;
  /** The caller's session, resolved exactly as the tRPC context resolves it. */
  session: (
    req: IncomingMessage,
  ) => Promise<{ kind: 'anonymous' | 'active' | 'banned'; userId: string | null }>;
  /** The caller's IP, as the per-IP cap counts it. */
  clientIp: (req: IncomingMessage) => string;
  /** Open streams per citizen and per IP, on this instance. */
  limits: LiveConnectionLimits;
  /** Milliseconds between heartbeats on every open stream. */
  heartbeatMs: number;
}

function refuse(res: ServerResponse, status: number, code: string, message: string) {
  res.writeHead(status, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
    ...(status === 429 ? { 'retry-after': '30' } : {}),
  });
  res.end(JSON.stringify({ error: { code, message } }));
}

export function createLiveSseHandler({
  hub,
  session,
  clientIp,
  limits,
  heartbeatMs,
}: LiveSseOptions) {
  const connections = createLiveConnectionCounter(limits);
  const heartbeat = createHeartbeat(heartbeatMs);
  return {
    openConnections: connections.openConnections,
    /**
     * Serves the request when it is a live.* subscription this transport can answer; returns
     * false (having written nothing) to leave it to tRPC.
     */
    async handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
      if (req.method !== 'GET') return false;
      const url = new URL(req.url ?? '/', 'http://api.local');
      const prefix = `${TRPC_PATH}/`;
      if (!url.pathname.startsWith(prefix)) return false;
      const route = routes[url.pathname.slice(prefix.length)];
      if (!route) return false;

      let input: unknown;
      try {
        input = route.input.parse(readInput(url, req));
      } catch {
        return false; // tRPC explains what is wrong with the input
      }
      // live.* need only the 'read' capability, which every caller has, banned ones aside;
      // a citizen's own stream needs that citizen signed in ('manageOwnAccount').
      const caller = await session(req);
      if (caller.kind !== 'anonymous' && caller.kind !== 'active') return false;
      if (route.ownStream && (caller.kind !== 'active' || !caller.userId)) return false;
      const release = connections.acquire({ userId: caller.userId, ip: clientIp(req) });
      if (typeof release === 'string') {
        refuse(
          res,
          429,
          'TOO_MANY_REQUESTS',
          release === 'user'
            ? `Citizen, you already watch ${limits.perUser} live streams. Close one first.`
            : `Too many live streams from your address (${limits.perIp}). Close one first.`,
        );
        return true;
      }

      // Subscribe first, then say "connected": a client re-reads the record when it connects,
      // so the stream must already be following from that moment, or an event in between
      // would be missed. Entries that arrive meanwhile wait until the headers are out.
      const { lastEventId } = input as { lastEventId?: string | null };
      let closed = false;
      let connected = false;
      const early: string[] = [];
      let unsubscribe: (() => void) | null = null;
      let stopHeartbeat: (() => void) | null = null;
      req.on('close', () => {
        closed = true;
        unsubscribe?.();
        stopHeartbeat?.();
        release();
      });
      try {
        unsubscribe = await hub.subscribe(
          route.stream(input, caller.userId),
          lastEventId ?? null,
          (entries) => {
            for (const entry of entries) {
              const message = route.wire(entry);
              if (!message) continue;
              if (connected) res.write(message);
              else early.push(message);
            }
          },
        );
      } catch (error) {
        release();
        if (!(error instanceof StreamLimitError)) throw error;
        refuse(res, 503, 'SERVICE_UNAVAILABLE', 'Live updates are at capacity; try again shortly.');
        return true;
      }
      if (closed) {
        unsubscribe();
        return true;
      }
      res.writeHead(200, SSE_HEADERS);
      res.write(CONNECTED + early.join(''));
      connected = true;
      stopHeartbeat = heartbeat.add(res);
      return true;
    },
  };
}
