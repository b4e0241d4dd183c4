import type { Actor, Deps } from '@overlord/core';
import type { StreamHub } from '@overlord/redis';

/**
 * Everything a procedure may use. Built by `createContextInner` from plain values so tests
 * can construct it without HTTP; the api's adapter resolves the session from the cookie.
 */
export interface Context extends Deps {
  /** The signed-in citizen; null when anonymous or banned. */
  actor: Actor | null;
  /** A signed-in but banned user: treated as anonymous, and refused anything beyond reading. */
  banned: boolean;
  requestId: string;
  /** Opaque id of the signed-in session (not its token); what Ask the Overlord remembers by. */
  sessionId: string | null;
  /** Live stream fan-out of this api process; null where nothing streams (callers, scripts). */
  hub: StreamHub | null;
}

export function createContextInner(
  opts: Omit<Context, 'banned' | 'hub' | 'sessionId'> & {
    banned?: boolean;
    hub?: StreamHub | null;
    sessionId?: string | null;
  },
): Context {
  return {
    ...opts,
    banned: opts.banned ?? false,
    hub: opts.hub ?? null,
    sessionId: opts.sessionId ?? null,
  };
}
