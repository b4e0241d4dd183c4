// Public usernames (docs/product.md §3): generated unique on first sign-in, changeable once.
// Generating one needs node:crypto, so it stays on the server; the rule a chosen name follows
// is browser-safe and lives in @overlord/validators.
import { randomInt } from 'node:crypto';

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
