import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { GraveyardView } from '~/components/graveyard-view';
import { readPage } from '~/components/pagination';
import { citizenHref, readUsername } from '~/lib/citizens';

export const metadata: Metadata = { title: 'Graveyard' };

type Params = Promise<{ username: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A citizen's Graveyard as seen by the Ministry's officials (moderators+). */
export default async function CitizenGraveyardPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const username = readUsername((await params).username);
  if (!username) notFound();
  return (
    <GraveyardView
      username={username}
      page={readPage((await searchParams).page)}
      path={`${citizenHref(username)}/graveyard`}
    />
  );
}
