import { listTagUsage, mergeTags, renameTag } from '@overlord/core';

import { authorized, createTRPCRouter } from '../trpc.ts';
import {
  mergeTagsInput,
  mergeTagsOutput,
  renameTagInput,
  renameTagOutput,
  tagUsageOutput,
} from './tags.schema.ts';

/**
 * docs/product.md §12: admins+ rename, merge and edit the Overlord's tags. Every change is audited.
 */
export const tagsRouter = createTRPCRouter({
  usage: authorized('editTags')
    .output(tagUsageOutput)
    .query(({ ctx }) => listTagUsage(ctx.db)),

  rename: authorized('editTags')
    .input(renameTagInput)
    .output(renameTagOutput)
    .mutation(({ ctx, input }) =>
      renameTag(ctx.db, ctx.actor, { ...input, requestId: ctx.requestId }),
    ),

  merge: authorized('editTags')
    .input(mergeTagsInput)
    .output(mergeTagsOutput)
    .mutation(({ ctx, input }) =>
      mergeTags(ctx.db, ctx.actor, { ...input, requestId: ctx.requestId }),
    ),
});
