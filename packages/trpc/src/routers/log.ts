// The public moderation log and the Overlord's record (docs/product.md §16). Both are public
// reads; what an entry shows of its item is decided in core, the same for every reader.
import { cachedOverlordRecord, listLog } from '@overlord/core';

import { createTRPCRouter, publicProcedure } from '../trpc.ts';
import { logListInput, logListOutput, logRecordOutput } from './log.schema.ts';

export const logRouter = createTRPCRouter({
  /** Every published decision, newest first, filtered, one cursor page at a time. */
  list: publicProcedure
    .input(logListInput)
    .output(logListOutput)
    .query(({ ctx, input }) => listLog(ctx.db, input)),

  /** The figures behind the charts, cached briefly in Redis for every instance alike. */
  record: publicProcedure.output(logRecordOutput).query(({ ctx }) => cachedOverlordRecord(ctx)),
});
