import type { Actor, Deps } from '@overlord/core';

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
}

export function createContextInner(opts: Omit<Context, 'banned'> & { banned?: boolean }): Context {
  return { ...opts, banned: opts.banned ?? false };
}
