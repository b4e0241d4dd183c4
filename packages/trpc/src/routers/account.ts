import {
  changeUsername,
  completeOnboarding,
  exportAccount,
  getOwnAccount,
  onboardingSteps,
  requestAccountDeletion,
} from '@overlord/core';

import { authorized, createTRPCRouter, publicProcedure } from '../trpc.ts';
import {
  accountExportOutput,
  accountOutput,
  changeUsernameInput,
  changeUsernameOutput,
  completeOnboardingOutput,
  onboardingOutput,
  requestDeletionInput,
  requestDeletionOutput,
} from './account.schema.ts';

export const accountRouter = createTRPCRouter({
  me: authorized('manageOwnAccount')
    .output(accountOutput)
    .query(({ ctx }) => getOwnAccount(ctx, ctx.actor)),

  /**
   * The Overlord's onboarding text (docs/product.md §3); public so the sign-in page can show it
   * too.
   */
  onboarding: publicProcedure
    .output(onboardingOutput)
    .query(() => ({ steps: onboardingSteps.map((s) => ({ ...s })) })),

  changeUsername: authorized('manageOwnAccount')
    .input(changeUsernameInput)
    .output(changeUsernameOutput)
    .mutation(({ ctx, input }) => changeUsername(ctx, ctx.actor, input.username)),

  /** All of one's own data, for download (docs/product.md §14). */
  export: authorized('manageOwnAccount')
    .output(accountExportOutput)
    .query(({ ctx }) => exportAccount(ctx.db, ctx.actor.id)),

  /** Closes the account at once; the worker erases its personal data (docs/product.md §14). */
  requestDeletion: authorized('manageOwnAccount')
    .input(requestDeletionInput)
    .output(requestDeletionOutput)
    .mutation(({ ctx, input }) => requestAccountDeletion(ctx, ctx.actor, input)),

  completeOnboarding: authorized('manageOwnAccount')
    .output(completeOnboardingOutput)
    .mutation(({ ctx }) => completeOnboarding(ctx.db, ctx.actor)),
});
