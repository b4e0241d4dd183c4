import { type DestinationStream, pino, type Logger } from 'pino';

export type { Logger };

/**
 * Credentials that must never reach a log line, wherever an object carrying them is logged:
 * session cookies (production's also reach staging, see docs/decisions.md) and bearer tokens.
 */
export const REDACTED_PATHS = [
  'cookie',
  'authorization',
  'headers.cookie',
  'headers.authorization',
  'headers["set-cookie"]',
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.headers.cookie',
  '*.headers.authorization',
];

/** Structured JSON logs on stdout (Render collects them); one child logger per request. */
export function createLogger(level: string, name = 'api', destination?: DestinationStream): Logger {
  return pino(
    {
      name,
      level,
      base: { service: name },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination,
  );
}
