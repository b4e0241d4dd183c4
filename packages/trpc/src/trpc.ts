// The single initTRPC of the project.
import {
  type Capability,
  decide,
  DomainError,
  loyaltyStanding,
  type permissionTable,
} from '@overlord/core';
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z } from 'zod';

import type { Context } from './context.ts';

const t = initTRPC.context<Context>().create({
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
    throw new TRPCError({ code: result.error.cause.code, message: result.error.cause.message });
  }
  return result;
});

export const publicProcedure = t.procedure.use(domainErrors);

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

/** Requires a signed-in, unbanned citizen and narrows `ctx.actor` to non-null. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.banned) throw new TRPCError(refusals.banned);
  if (!ctx.actor) throw new TRPCError(refusals.unauthenticated);
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

/**
 * The permission check: the procedure's capability from the one permission table (docs/product.md
 * §2), including live rules (top 10% by loyalty). Narrows `ctx.actor` to non-null and records the
 * capability in `ctx.capability`. Handlers never look at roles themselves.
 */
export function authorized<C extends Exclude<Capability, AnonymousCapability>>(capability: C) {
  return protectedProcedure.use(async ({ ctx, next }) => {
    const verdict = await decide(capability, ctx.actor, ctx.banned, {
      top10PercentLoyalty: async () =>
        (await loyaltyStanding(ctx.db, ctx.actor.id))?.inTop10Percent ?? false,
    });
    if (verdict !== 'allowed') {
      if (capability === 'createTopic' && verdict === 'forbidden') {
        throw new TRPCError({
          code: 'FORBIDDEN',
          message:
            'Only citizens in the top 10% by loyalty may propose topics. Earn the Overlord’s approval first.',
        });
      }
      throw new TRPCError(refusals[verdict]);
    }
    return next({ ctx: { ...ctx, capability } });
  });
}

/** Capabilities everyone has (anonymous included): procedures use `publicProcedure` for them. */
type AnonymousCapability = {
  [K in Capability]: (typeof permissionTable)[K]['minRole'] extends 'anonymous' ? K : never;
}[Capability];

/** For public procedures whose output depends on a capability (e.g. queue previews). */
export async function actorCan(ctx: Context, capability: Capability): Promise<boolean> {
  const verdict = await decide(capability, ctx.actor, ctx.banned, {
    top10PercentLoyalty: async () =>
      ctx.actor ? ((await loyaltyStanding(ctx.db, ctx.actor.id))?.inTop10Percent ?? false) : false,
  });
  return verdict === 'allowed';
}
