import { askOverlord, cancelProposal, confirmProposal } from '@overlord/core';

import { authorized, createTRPCRouter } from '../trpc.ts';
import {
  askInput,
  cancelOutput,
  confirmOutput,
  proposalChunk,
  proposalInput,
} from './chat.schema.ts';

export const chatRouter = createTRPCRouter({
  /**
   * Ask the Overlord (docs/product.md §12). The answer streams as text chunks: clients read it
   * through tRPC's streaming link (the typed client routes `chat.ask` there). A request to act
   * (§23) ends with a proposal chunk, to be confirmed or cancelled below.
   */
  ask: authorized('askOverlord')
    .input(askInput)
    .mutation(async ({ ctx, input }) => {
      // Refusals (the rate limit) are thrown here, before streaming starts, so they reach the
      // client as ordinary typed errors.
      const answer = await askOverlord(ctx, ctx.actor, input, ctx.sessionId);
      return (async function* () {
        // Text as it comes; a proposal checked against its published shape on the way out.
        for await (const chunk of answer)
          yield typeof chunk === 'string' ? chunk : proposalChunk.parse(chunk);
      })();
    }),

  /**
   * Runs a proposal the asker was shown. Open to every citizen (anyone may be shown one); the
   * action's own capability is decided again inside, by the same permission table, and the
   * proposal is found only under the asker's own id.
   */
  confirm: authorized('askOverlord')
    .input(proposalInput)
    .output(confirmOutput)
    .mutation(({ ctx, input }) => confirmProposal(ctx, ctx.actor, input.proposalId)),

  /** Drops a proposal unconfirmed. */
  cancel: authorized('askOverlord')
    .input(proposalInput)
    .output(cancelOutput)
    .mutation(({ ctx, input }) => cancelProposal(ctx, ctx.actor, input.proposalId)),
});
