// The single initTRPC of the project.
import { DomainError } from '@overlord/core';
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

/** Requires a signed-in citizen and narrows `ctx.actor` to non-null. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) {
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: 'Citizen, identify yourself: sign in first.',
    });
  }
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});
