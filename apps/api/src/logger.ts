import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout (Render collects them); one child logger per request. */
export function createLogger(level: string, name = 'api'): Logger {
  return pino({ name, level, base: { service: name }, timestamp: pino.stdTimeFunctions.isoTime });
}
