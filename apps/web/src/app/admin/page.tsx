import type { Metadata } from 'next';

import { PageHeading } from '~/components/page-heading';
import { getServerApi } from '~/trpc/server';

import styles from '../citizens/citizens.module.css';
import { DocketSignIn, readDocket } from '../moderation/docket';
import { isSuperadmin } from './admin';
import { AdminTabs } from './admin-tabs';
import { LiveDashboard } from './live-dashboard';

export const metadata: Metadata = { title: 'Administration' };
export const dynamic = 'force-dynamic';

const PATH = '/admin';

/**
 * The admin dashboard (docs/product.md §18), admins+: queues, throughput, the model, the cache
 * and the community, each figure from its own procedure, refreshed live in the browser.
 */
export default async function AdminDashboardPage() {
  const api = getServerApi();
  const queues = await readDocket(api.dashboard.queues.query());
  if (!queues) return <DocketSignIn what="the administration" path={PATH} />;
  const [throughput, model, cache, community] = await Promise.all([
    api.dashboard.throughput.query(),
    api.dashboard.model.query(),
    api.dashboard.cache.query(),
    api.dashboard.community.query(),
  ]);
  return (
    <div className={styles.page} data-testid="admin-dashboard">
      <PageHeading
        kicker="Ministry administration"
        title="The Ministry at work"
        lede="Queues, verdicts, the model, the cache and the citizens, read from the record and refreshed every few seconds."
      />
      <AdminTabs current={PATH} superadmin={await isSuperadmin()} />
      <LiveDashboard initial={{ queues, throughput, model, cache, community }} />
    </div>
  );
}
