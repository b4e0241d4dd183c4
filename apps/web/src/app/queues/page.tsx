import type { Metadata } from 'next';

import { getServerApi } from '~/trpc/server';

import { QueueNetwork } from './queue-network';
import styles from './queues.module.css';

export const metadata: Metadata = { title: 'Queues' };
export const dynamic = 'force-dynamic';

export default async function QueuesPage() {
  const overview = await getServerApi().queues.overview.query();

  return (
    <div className={styles.page}>
      <header className={styles.head}>
        <p className={styles.kicker}>Pneumatic dispatch</p>
        <h1 className={styles.title}>The queues</h1>
        <p className={styles.lede}>
          Every submission travels a tube to the Overlord. Strict order within each queue; queues
          run in parallel. The network below moves as the Overlord works; no need to refresh.
        </p>
      </header>

      <QueueNetwork initial={overview} />
    </div>
  );
}
