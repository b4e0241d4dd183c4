// The api process: CORS gate, health and metrics endpoints, the tRPC handler, graceful stop.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Deps } from '@overlord/core';
import type { JudgeStatus } from '@overlord/overlord';
import { createStreamHub } from '@overlord/redis';
import { appRouter, createContextInner, createLiveSseHandler, TRPC_PATH } from '@overlord/trpc';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';

import { clientIp } from './client-ip.ts';
import { applyCors } from './cors.ts';
import { type ApiEnv, apiLimitsEnvSchema, secureCookies } from './env.ts';
import { createReadinessCheck } from './health.ts';
import { createSessionResolver } from './identity.ts';
import type { Logger } from './logger.ts';
import { createMetrics } from './metrics.ts';
import { createOperatorCheck } from './operator-access.ts';
import { checkRequestLimits } from './request-limits.ts';
import { createSecurityHeaders } from './security-headers.ts';

type LimitsEnv = Pick<ApiEnv, keyof typeof apiLimitsEnvSchema>;

export interface ApiServerOptions {
  env: Pick<
    ApiEnv,
    'APP_ENV' | 'CORS_ORIGINS' | 'HOST' | 'PORT' | 'SHUTDOWN_DELAY_MS' | 'SHUTDOWN_GRACE_SECONDS'
  > &
    /** Request limits, live caps, operator token: their env defaults when left out. */
    Partial<LimitsEnv>;
  deps: Deps;
  log: Logger;
  /** Which judge runs (provider, offline opt-in); shown by /readyz. */
  judge?: JudgeStatus;
}

/** The defaults the env schema would give, for callers that build the server directly. */
function limitsOf(env: Partial<LimitsEnv>): LimitsEnv {
  const defaults = {} as Record<string, unknown>;
  for (const [key, schema] of Object.entries(apiLimitsEnvSchema)) {
    const parsed = schema.safeParse(undefined);
    defaults[key] = parsed.success ? parsed.data : undefined;
  }
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined));
  return { ...defaults, ...given } as LimitsEnv;
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function routeOf(url: string): string {
  const path = url.split('?')[0] ?? '/';
  return path.startsWith(`${TRPC_PATH}/`)
    ? `${TRPC_PATH}/${path.slice(TRPC_PATH.length + 1)}`
    : path;
}

export function createApiServer({ env, deps, log, judge }: ApiServerOptions) {
  const limits = limitsOf(env);
  const allowedOrigins = new Set(env.CORS_ORIGINS);
  const metrics = createMetrics();
  const readiness = createReadinessCheck(deps.db, deps.redis);
  const operator = createOperatorCheck(limits.METRICS_TOKEN);
  const securityHeaders = createSecurityHeaders(secureCookies(env.APP_ENV));
  const resolveSession = createSessionResolver(deps, secureCookies(env.APP_ENV), env.APP_ENV);
  // One blocking Redis reader for all of this process's live subscribers.
  const hub = createStreamHub({
    reader: deps.redis.duplicate(),
    redis: deps.redis,
    maxStreams: limits.LIVE_MAX_STREAMS,
    onError: (err) => log.debug({ err }, 'live stream read failed; retrying'),
  });
  // live.* subscriptions: tRPC's wire format, one serialisation per event for all subscribers.
  const live = createLiveSseHandler({
    hub,
    session: async (req) => {
      const session = await resolveSession(req);
      return {
        kind: session.kind,
        userId: session.kind === 'active' ? session.actor.id : null,
      };
    },
    clientIp: (req) => clientIp(req, limits.RENDER),
    limits: { perUser: limits.LIVE_MAX_PER_USER, perIp: limits.LIVE_MAX_PER_IP },
    heartbeatMs: limits.LIVE_HEARTBEAT_SECONDS * 1000,
  });
  let draining = false;
  const active = new Set<ServerResponse>();

  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: `${TRPC_PATH}/`,
    // Bodies without a Content-Length are counted as they stream (413 past the cap).
    maxBodySize: limits.API_MAX_BODY_BYTES,
    createContext: async ({ req }) => {
      const session = await resolveSession(req);
      return createContextInner({
        ...deps,
        actor: session.kind === 'active' ? session.actor : null,
        banned: session.kind === 'banned',
        sessionId: session.kind === 'active' ? session.sessionId : null,
        // Set by handle() below, never the client's own value (audit rows carry it).
        requestId: String(req.headers['x-request-id']),
        hub,
      });
    },
    onError: ({ error, path, req }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        log.error({ err: error, path, requestId: req.headers['x-request-id'] }, 'procedure failed');
      }
    },
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    // Ours alone: a caller's x-request-id could forge or collide with audit trails.
    const requestId = randomUUID();
    req.headers['x-request-id'] = requestId;
    securityHeaders(req, res);
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    const route = routeOf(req.url ?? '/');
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.requests.inc({ route, status: res.statusCode });
      metrics.duration.observe({ route }, seconds);
      log.info(
        {
          requestId,
          method: req.method,
          route,
          status: res.statusCode,
          ms: Math.round(seconds * 1000),
        },
        'request',
      );
    });
    active.add(res);
    res.on('close', () => active.delete(res));
    if (draining) res.shouldKeepAlive = false;

    // Liveness is what Render routes on: while draining it fails too, so the load balancer stops
    // sending new requests before the listener closes.
    if (route === '/healthz') {
      return sendJson(res, draining ? 503 : 200, {
        status: draining ? 'draining' : 'ok',
        uptimeSeconds: Math.round(process.uptime()),
      });
    }
    if (route === '/readyz') {
      const { details, ...report } = await readiness();
      if (!report.ready) log.warn({ details }, 'not ready');
      // Error texts and migration names only for operators (they name versions and hosts).
      const body = {
        ...report,
        draining,
        // An operator (and later the admin dashboard) sees at once when no model judges.
        judge: { name: deps.overlord.name, ...judge },
        ...(operator.allows(req) ? { details } : {}),
      };
      return sendJson(res, report.ready && !draining ? 200 : 503, body);
    }
    if (route === '/metrics') {
      if (!operator.configured) return sendJson(res, 404, { error: 'not_found' });
      if (!operator.allows(req)) {
        res.setHeader('www-authenticate', 'Bearer realm="metrics"');
        return sendJson(res, 401, { error: 'unauthorized' });
      }
      res.writeHead(200, { 'content-type': metrics.registry.contentType });
      return res.end(await metrics.registry.metrics());
    }
    if (!route.startsWith(`${TRPC_PATH}/`)) return sendJson(res, 404, { error: 'not_found' });
    if (!applyCors(req, res, allowedOrigins)) return;
    const breach = checkRequestLimits(req, {
      maxBodyBytes: limits.API_MAX_BODY_BYTES,
      maxBatchSize: limits.API_MAX_BATCH_SIZE,
    });
    if (breach) {
      // The body is never read: close the connection rather than drain it.
      res.shouldKeepAlive = false;
      return sendJson(res, 413, { error: 'payload_too_large', message: breach.message });
    }
    if (await live.handle(req, res)) return;
    trpc(req, res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error({ err: error }, 'unhandled request error');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal' });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000; // longer than Render's load balancer idle timeout

  return {
    server,
    async start(): Promise<{ port: number }> {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(env.PORT, env.HOST, () => resolve());
      });
      const { port } = server.address() as AddressInfo;
      log.info({ port }, 'api listening');
      return { port };
    },
    /**
     * Graceful stop. First a short pause while still listening: liveness and readiness turn 503 and new
     * responses carry `Connection: close`, so the load balancer moves away and connections
     * waiting in the accept backlog are still served (closing the listener would reset them).
     * Then the listener closes, idle keep-alive connections are swept, and in-flight requests
     * get up to the grace period before the rest are cut.
     */
    async stop(): Promise<void> {
      draining = true;
      for (const res of active) res.shouldKeepAlive = false;
      await new Promise((resolve) => setTimeout(resolve, env.SHUTDOWN_DELAY_MS));
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const sweep = setInterval(() => server.closeIdleConnections(), 100);
      const grace = setTimeout(
        () => server.closeAllConnections(),
        env.SHUTDOWN_GRACE_SECONDS * 1000,
      );
      await closed;
      clearInterval(sweep);
      clearTimeout(grace);
      await hub.close();
    },
  };
}

export type ApiServer = ReturnType<typeof createApiServer>;
