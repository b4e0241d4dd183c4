import type { Metadata } from 'next';

import styles from '~/components/form.module.css';
import { trpcErrorCode } from '~/trpc/errors';
import { getServerApi } from '~/trpc/server';

import { ProposeTopic } from './propose-topic';

export const metadata: Metadata = { title: 'Propose a topic' };
export const dynamic = 'force-dynamic';

/**
 * Anyone may compose (docs/product.md §2); submitting needs sign-in and the right to create topics.
 */
export default async function ProposeTopicPage() {
  const me = await getServerApi()
    .account.me.query()
    .catch((error: unknown) => {
      if (trpcErrorCode(error) === 'UNAUTHORIZED') return null;
      throw error;
    });

  return (
    <div className={styles.page}>
      <p className={styles.kicker}>Form T-1 · Topic Approval Bureau</p>
      <h1 className={styles.title}>Propose a topic</h1>
      <p>
        State a question worth the public&rsquo;s reason. Every proposal is screened, shown at once
        marked &ldquo;in evaluation&rdquo;, and decided by the Topic Approval Bureau in strict order
        of arrival.
      </p>
      <ProposeTopic
        viewer={
          me
            ? {
                username: me.username,
                canCreateTopics: me.canCreateTopics,
                topSharePercent: me.topSharePercent,
              }
            : null
        }
      />
    </div>
  );
}
