import { changeUsername, completeOnboarding, getOwnAccount, onboardingSteps } from '@overlord/core';

import { authorized, createTRPCRouter, publicProcedure } from '../trpc.ts';
import {
  accountOutput,
  changeUsernameInput,
  changeUsernameOutput,
  completeOnboardingOutput,
  onboardingOutput,
} from './account.schema.ts';

export const accountRouter = createTRPCRouter({
  me: authorized('manageOwnAccount')
    .output(accountOutput)
    .query(({ ctx }) => getOwnAccount(ctx.db, ctx.actor)),

  /** The Overlord's onboarding text (SPEC §3); public so the sign-in page can show it too. */
  onboarding: publicProcedure
    .output(onboardingOutput)
    .query(() => ({ steps: onboardingSteps.map((s) => ({ ...s })) })),

  changeUsername: authorized('manageOwnAccount')
    .input(changeUsernameInput)
    .output(changeUsernameOutput)
    .mutation(({ ctx, input }) => changeUsername(ctx, ctx.actor, input.username)),

  completeOnboarding: authorized('manageOwnAccount')
    .output(completeOnboardingOutput)
    .mutation(({ ctx }) => completeOnboarding(ctx.db, ctx.actor)),
});
