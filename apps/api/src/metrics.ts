import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * Metrics made outside the HTTP server (the Overlord's provider calls and cache, wired in
 * index.ts) register here; the server's /metrics serves both registries merged.
 */
export const overlordRegistry = new Registry();

export function createMetrics() {
  const own = new Registry();
  collectDefaultMetrics({ register: own });
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['route', 'status'] as const,
    registers: [own],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route',
    labelNames: ['route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [own],
  });
  // merge() shares the metric objects, so values recorded later still show.
  const registry = Registry.merge([own, overlordRegistry]);
  return { registry, requests, duration };
}

export type Metrics = ReturnType<typeof createMetrics>;
