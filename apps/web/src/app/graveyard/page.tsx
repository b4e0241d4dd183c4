import type { Metadata } from 'next';

import { GraveyardView } from '~/components/graveyard-view';
import { readPage } from '~/components/pagination';

export const metadata: Metadata = { title: 'Graveyard' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function OwnGraveyardPage({ searchParams }: { searchParams: SearchParams }) {
  return <GraveyardView page={readPage((await searchParams).page)} path="/graveyard" />;
}
