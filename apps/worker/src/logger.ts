import { Logger as GraphileLogger } from 'graphile-worker';
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    name: 'worker',
    level,
    base: { service: 'worker' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}

/** Routes graphile-worker's own logging into the same structured log stream. */
export function graphileLogger(log: Logger): GraphileLogger {
  return new GraphileLogger((scope) => (level, message, meta) => {
    const method = level === 'warning' ? 'warn' : level;
    // graphile-worker attaches whole job rows and pg clients; keep the identifying bits.
    const fields: Record<string, unknown> = {};
    if (scope.workerId) fields.workerId = scope.workerId;
    if (scope.jobId) fields.jobId = scope.jobId;
    if (scope.taskIdentifier) fields.task = scope.taskIdentifier;
    if (meta?.error instanceof Error) fields.err = meta.error;
    log[method](fields, message);
  });
}
