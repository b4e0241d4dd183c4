import { search } from '@overlord/core';

import { createTRPCRouter, publicProcedure } from '../trpc.ts';
import { searchInput, searchOutput } from './search.schema.ts';

/** Search of the public record (docs/product.md §12): anyone may read what it finds. */
export const searchRouter = createTRPCRouter({
  query: publicProcedure
    .input(searchInput)
    .output(searchOutput)
    .query(({ ctx, input }) => search(ctx, input)),
});
