import { askOverlord } from '@overlord/core';

import { authorized, createTRPCRouter } from '../trpc.ts';
import { askInput } from './chat.schema.ts';

export const chatRouter = createTRPCRouter({
  /**
   * Ask the Overlord (docs/product.md §12). The answer streams as text chunks: clients read it
   * through tRPC's streaming link (the typed client routes `chat.ask` there).
   */
  ask: authorized('askOverlord')
    .input(askInput)
    .mutation(async ({ ctx, input }) => {
      // Refusals (the rate limit) are thrown here, before streaming starts, so they reach the
      // client as ordinary typed errors.
      const answer = await askOverlord(ctx, ctx.actor, input, ctx.sessionId);
      return (async function* () {
        for await (const chunk of answer) yield chunk;
      })();
    }),
});
