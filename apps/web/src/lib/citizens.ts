import { cache } from 'react';

import { getServerApi } from '~/trpc/server';

/** The signed-in citizen as the api sees them (null when anonymous); one call per request. */
export const currentCitizen = cache(async () => {
  try {
    return await getServerApi().account.me.query();
  } catch {
    return null;
  }
});

export const REJECTION_REASONS: Record<string, string> = {
  poor_logic: 'Poor logic',
  poor_tone: 'Poor tone',
  off_topic: 'Off topic',
  terms_violation: 'Terms violation',
};

export const citizenHref = (username: string) => `/citizens/${encodeURIComponent(username)}`;

/** Usernames in the path: the api validates; this only drops what it would refuse anyway. */
export function readUsername(raw: string): string | null {
  const name = decodeURIComponent(raw).trim();
  return name.length >= 1 && name.length <= 64 ? name : null;
}
