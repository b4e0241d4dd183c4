// Public usernames (docs/product.md §3): generated unique on first sign-in, changeable once.
import { randomInt } from 'node:crypto';

import { z } from 'zod';

const ADJECTIVES = [
  'loyal',
  'diligent',
  'punctual',
  'obedient',
  'earnest',
  'orderly',
  'sober',
  'steadfast',
  'prudent',
  'tidy',
  'vigilant',
  'dutiful',
  'candid',
  'patient',
  'frugal',
  'modest',
];
const NOUNS = [
  'clerk',
  'citizen',
  'delegate',
  'archivist',
  'courier',
  'auditor',
  'stenographer',
  'envoy',
  'registrar',
  'scribe',
  'notary',
  'inspector',
  'cadet',
  'attache',
  'surveyor',
  'custodian',
];

/** e.g. `punctual_archivist_4821`; the caller retries on the (rare) collision. */
export function generateUsername(): string {
  const pick = (list: string[]) => list[randomInt(list.length)]!;
  return `${pick(ADJECTIVES)}_${pick(NOUNS)}_${randomInt(1000, 10000)}`;
}

/** Names nobody may take: the Overlord's and the staff's titles. */
const RESERVED =
  /^(overlord|robot_?overlord|the_?overlord|admin|administrator|moderator|superadmin|ministry|system|anonymous(_citizen)?|root|support|staff)$/i;

/** The one validation rule, shared by the api and the web form. */
export const usernameSchema = z
  .string()
  .trim()
  .min(3, 'A username needs at least 3 characters.')
  .max(30, 'A username has at most 30 characters.')
  .regex(
    /^[A-Za-z0-9_]+$/,
    'Letters, digits and underscores only: the Registry does not print ornaments.',
  )
  .regex(/^[A-Za-z]/, 'A username starts with a letter.')
  .refine((name) => !RESERVED.test(name), 'That title is reserved by the Ministry.');
