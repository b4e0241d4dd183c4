import type { Actor, Deps } from '@overlord/core';

/**
 * Everything a procedure may use. Built by `createContextInner` from plain values so tests
 * can construct it without HTTP; the api's adapter resolves the actor from the request.
 */
export interface Context extends Deps {
  actor: Actor | null;
  requestId: string;
}

export function createContextInner(opts: Context): Context {
  return opts;
}
