import { dispatchKindSchema } from '@overlord/validators';
import { z } from 'zod';

export { changeUsernameInput } from '@overlord/validators';

const role = z.enum(['citizen', 'moderator', 'admin', 'superadmin']);

/** One's own account: the only place a citizen's own email is returned to them. */
export const accountOutput = z.object({
  id: z.string(),
  username: z.string(),
  email: z.string().nullable(),
  role,
  loyaltyScore: z.number().int(),
  rank: z.number().int().nullable(),
  /** The top share of the leaderboard that may propose topics, in whole percent. */
  topSharePercent: z.number().int(),
  canChangeUsername: z.boolean(),
  canCreateTopics: z.boolean(),
  onboarded: z.boolean(),
  /** The kinds of dispatch the citizen receives (docs/product.md §13). */
  dispatchKinds: z.array(dispatchKindSchema),
  createdAt: z.date(),
});

export const changeUsernameOutput = z.object({ username: z.string() });

export const completeOnboardingOutput = z.object({ onboarded: z.literal(true) });

export const onboardingOutput = z.object({
  steps: z.array(z.object({ key: z.string(), title: z.string(), text: z.string() })),
});

/** Closing is irreversible, so the citizen types their username to confirm. */
export const requestDeletionInput = z.object({
  confirmUsername: z.string().trim().min(1, 'Type your username to confirm.').max(64),
});
export const requestDeletionOutput = z.object({ closedAt: z.date() });

const rows = z.array(z.looseObject({ id: z.string().optional() }));

/**
 * Everything held about the citizen (docs/product.md §14); rows keep the fields the service
 * selects.
 */
export const accountExportOutput = z.object({
  exportedAt: z.date(),
  account: z.looseObject({ id: z.string(), username: z.string() }),
  topics: rows,
  posts: rows,
  messages: rows,
  loyaltyEvents: rows,
  appeals: rows,
  reports: rows,
  sanctions: rows,
  notifications: rows,
  badges: z.array(z.object({ slug: z.string(), name: z.string(), awardedAt: z.date() })),
  /** Earlier texts of one's statements, replaced by approved revisions (docs/product.md §17). */
  statementVersions: rows,
});
