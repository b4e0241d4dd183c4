import { currentCitizen } from '~/lib/citizens';

/** Superadmins also see the settings tab and the citizen actions. */
export async function isSuperadmin(): Promise<boolean> {
  return (await currentCitizen())?.role === 'superadmin';
}
