import { sanctionIdSchema, usernameRefSchema } from '@overlord/validators';
import { z } from 'zod';

// The sanction form shares these inputs' limits and reason rule.
export { applySanctionInput, escalateSanctionInput } from '@overlord/validators';

export const liftSanctionInput = z.object({ sanctionId: sanctionIdSchema });

export const sanctionsOfInput = z.object({ username: usernameRefSchema });

export const sanctionOutput = z.object({
  id: z.string(),
  kind: z.enum(['freeze', 'rate_limit']),
  rateLimitCount: z.number().int().nullable(),
  rateLimitWindowSeconds: z.number().int().nullable(),
  reason: z.string(),
  startsAt: z.date(),
  endsAt: z.date().nullable(),
  active: z.boolean(),
  issuedBy: z.object({ username: z.string() }),
  liftedAt: z.date().nullable(),
  escalatedFromId: z.string().nullable(),
});

export const sanctionListOutput = z.array(sanctionOutput);
