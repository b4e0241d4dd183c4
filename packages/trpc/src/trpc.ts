// The single initTRPC of the project.
import {
  type Capability,
  decide,
  DomainError,
  loyaltyStanding,
  type permissionTable,
  readSettings,
} from '@overlord/core';
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z } from 'zod';

import type { Context } from './context.ts';

/**
 * What every procedure declares: the capability of the permission table it needs. The check
 * reads it from here, and the procedure → capability table (permissions.ts) is read from the
 * router, so what is enforced and what is listed are the same value.
 */
export interface ProcedureMeta {
  capability: Capability;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      // Internal faults are logged with their details by the server; clients get no internals.
      const { stack: _stack, ...data } = shape.data;
      return {
        ...shape,
        message: internal
          ? 'The Ministry suffered an internal fault. It has been logged.'
          : shape.message,
        data: {
          ...data,
          // Field-level messages for forms; the top-level message stays readable on its own.
          fieldErrors: cause instanceof z.ZodError ? z.flattenError(cause).fieldErrors : null,
          // Which domain rule refused, where the rule names itself (e.g. a revision's refusals).
          reason: cause instanceof DomainError ? cause.reason : null,
        },
      };
    },
  });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Domain rules throw DomainError; clients receive it as the matching tRPC error code. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  return result;
});

/** The table's decision for this caller, including live rules (the top share by loyalty). */
function verdictFor(ctx: Context, capability: Capability) {
  return decide(capability, ctx.actor, ctx.banned, {
    top10PercentLoyalty: async () =>
      ctx.actor ? ((await loyaltyStanding(ctx, ctx.actor.id))?.inTop10Percent ?? false) : false,
  });
}

const refusals = {
  unauthenticated: {
    code: 'UNAUTHORIZED',
    message: 'Citizen, identify yourself: sign in first.',
  },
  banned: {
    code: 'FORBIDDEN',
    message: 'Your citizenship is suspended. The Ministry no longer hears you.',
  },
  forbidden: {
    code: 'FORBIDDEN',
    message: 'Your rank does not permit this, citizen.',
  },
} as const;

/**
 * The permission check, on every procedure: the capability the procedure declares in its meta,
 * decided by the one permission table (packages/core/src/permissions/table.ts). A procedure
 * that declares nothing is refused rather than served.
 */
const permission = t.middleware(async ({ ctx, meta, next }) => {
  const capability = meta?.capability;
  if (!capability) {
    throw new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'This procedure declares no capability.',
    });
  }
  const verdict = await verdictFor(ctx, capability);
  if (verdict === 'allowed') return next();
  if (capability === 'createTopic' && verdict === 'forbidden') {
    const { topSharePercent } = await readSettings(ctx);
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: `Only citizens in the top ${topSharePercent}% by loyalty may propose topics. Earn the Overlord’s approval first.`,
    });
  }
  throw new TRPCError(refusals[verdict]);
});

/** Every procedure starts here: `t.procedure` itself is never exported. */
const checkedProcedure = t.procedure.use(domainErrors).use(permission);

/** Open to everyone, anonymous visitors and banned users included: the `read` capability. */
export const publicProcedure = checkedProcedure.meta({ capability: 'read' });

/**
 * A procedure that needs `capability`. Narrows `ctx.actor` to non-null and records the
 * capability in `ctx.capability`. Handlers never look at roles themselves.
 */
export function authorized<C extends Exclude<Capability, AnonymousCapability>>(capability: C) {
  return checkedProcedure.meta({ capability }).use(({ ctx, next }) => {
    // `permission` has already refused anonymous callers of every capability they lack.
    if (!ctx.actor) throw new TRPCError(refusals.unauthenticated);
    return next({ ctx: { ...ctx, actor: ctx.actor, capability } });
  });
}

/** Capabilities everyone has (anonymous included): procedures use `publicProcedure` for them. */
type AnonymousCapability = {
  [K in Capability]: (typeof permissionTable)[K]['minRole'] extends 'anonymous' ? K : never;
}[Capability];

/** For public procedures whose output depends on a capability (e.g. queue previews). */
export async function actorCan(ctx: Context, capability: Capability): Promise<boolean> {
  return (await verdictFor(ctx, capability)) === 'allowed';
}
