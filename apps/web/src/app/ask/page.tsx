import type { Metadata } from 'next';
import { redirect } from 'next/navigation';

import { PageHeading } from '~/components/page-heading';
import { currentCitizen } from '~/lib/citizens';

import styles from '../citizens/citizens.module.css';
import { AskOverlord } from './ask-overlord';

export const metadata: Metadata = { title: 'Ask the Overlord' };
export const dynamic = 'force-dynamic';

/** Ask the Overlord (docs/product.md §12): rules, debates and citizens, answered with links. */
export default async function AskPage() {
  const me = await currentCitizen();
  if (!me) redirect(`/sign-in?callbackUrl=${encodeURIComponent('/ask')}`);
  return (
    <div className={styles.page} data-testid="ask">
      <PageHeading
        kicker="Bureau of Enquiries · Forgotten when your session ends"
        title="Ask the Overlord"
        lede="Ask about the rules, or for debates on a subject; ask for your standing, for citizens who argued like you, or to appeal a rejection. The Overlord answers from the public record, with links, and acts only once you confirm. The conversation lasts as long as this page, and no longer than your session."
      />
      <AskOverlord />
    </div>
  );
}
