// Public usernames: the rule a chosen name must follow. Generating names (node:crypto) stays
// on the server, in packages/core accounts/username.ts.
import { z } from 'zod';

export const USERNAME_MIN = 3;
export const USERNAME_MAX = 30;

/** Names nobody may take: the Overlord's and the staff's titles. */
export const RESERVED_USERNAME =
  /^(overlord|robot_?overlord|the_?overlord|admin|administrator|moderator|superadmin|ministry|system|anonymous(_citizen)?|root|support|staff)$/i;

export const usernameSchema = z
  .string()
  .trim()
  .min(USERNAME_MIN, `A username needs at least ${USERNAME_MIN} characters.`)
  .max(USERNAME_MAX, `A username has at most ${USERNAME_MAX} characters.`)
  .regex(
    /^[A-Za-z0-9_]+$/,
    'Letters, digits and underscores only: the Registry does not print ornaments.',
  )
  .regex(/^[A-Za-z]/, 'A username starts with a letter.')
  .refine((name) => !RESERVED_USERNAME.test(name), 'That title is reserved by the Ministry.');

export const changeUsernameInput = z.object({ username: usernameSchema });
