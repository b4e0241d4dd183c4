import { messageRecipientSchema } from '@overlord/validators';
import { z } from 'zod';

/** The citizen to block or unblock, by public username. */
export const blockInput = z.object({ username: messageRecipientSchema });

export const blockOutput = z.object({ username: z.string(), blocked: z.boolean() });

export const blockedListOutput = z.array(z.object({ username: z.string(), since: z.date() }));
