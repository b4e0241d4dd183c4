// Which capability each procedure needs, read from the router itself: every procedure declares
// it through `authorized('…')` or `publicProcedure` (trpc.ts), the check enforces that
// declaration, and this table is derived from it. Nothing here is kept by hand.
import { type Capability, permissionTable } from '@overlord/core';
import type { AnyProcedure, AnyRouter } from '@trpc/server';

import { type AppRouter, appRouter } from './root.ts';
import type { ProcedureMeta } from './trpc.ts';

/** Dotted paths of every procedure in a router record ("topics.list", …). */
type PathsOf<TRecord, TPrefix extends string = ''> = {
  [K in keyof TRecord & string]: TRecord[K] extends AnyProcedure
    ? `${TPrefix}${K}`
    : PathsOf<TRecord[K], `${TPrefix}${K}.`>;
}[keyof TRecord & string];

export type ProcedurePath = PathsOf<AppRouter['_def']['record']>;

/**
 * Each procedure's declared capability, by path. Throws, naming them, when procedures declare
 * none or one the permission table does not have; the api cannot start with such a router.
 */
export function derivePermissions(router: AnyRouter): Record<string, Capability> {
  const table: Record<string, Capability> = {};
  const undeclared: string[] = [];
  const procedures = router._def.procedures as Record<string, AnyProcedure>;
  for (const [path, procedure] of Object.entries(procedures)) {
    const capability = (procedure._def.meta as Partial<ProcedureMeta> | undefined)?.capability;
    if (capability && Object.hasOwn(permissionTable, capability)) table[path] = capability;
    else undeclared.push(path);
  }
  if (undeclared.length > 0) {
    throw new Error(
      `Every procedure declares a capability (authorized('…') or publicProcedure); these do not: ${undeclared.join(', ')}.`,
    );
  }
  return table;
}

export const procedurePermissions = derivePermissions(appRouter) as Record<
  ProcedurePath,
  Capability
>;
