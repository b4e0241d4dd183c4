import { z } from 'zod';

import { messageBodySchema } from './text.ts';

/** The citizen a message goes to, or whose thread is read. */
export const messageRecipientSchema = z.string().trim().min(1, 'Name the citizen.').max(64);

export const sendMessageInput = z.object({ to: messageRecipientSchema, body: messageBodySchema });
