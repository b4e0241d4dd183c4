'use client';

// The dashboard's figures, re-read every few seconds from their procedures (each reads the
// database, so every api instance answers alike). The server renders the first values.
import {
  CategoryBarChart,
  formatDuration,
  formatMilliseconds,
  TimeSeriesChart,
} from '~/components/charts';
import { Figures } from '~/components/figures';
import { api, type RouterOutputs } from '~/trpc/react';

import tableStyles from '~/components/citizen-table.module.css';
import styles from '../citizens/citizens.module.css';

type Out = RouterOutputs['dashboard'];
export interface DashboardData {
  queues: Out['queues'];
  throughput: Out['throughput'];
  model: Out['model'];
  cache: Out['cache'];
  community: Out['community'];
}

const REFRESH_MS = 5_000;
const KIND = { topic: 'Topic proposals', post: 'Statements', message: 'Private messages' } as const;
const live = <T,>(initialData: T) => ({ initialData, refetchInterval: REFRESH_MS });

export function LiveDashboard({ initial }: { initial: DashboardData }) {
  const queues = api.dashboard.queues.useQuery(undefined, live(initial.queues)).data;
  const throughput = api.dashboard.throughput.useQuery(undefined, live(initial.throughput)).data;
  const model = api.dashboard.model.useQuery(undefined, live(initial.model)).data;
  const cache = api.dashboard.cache.useQuery(undefined, live(initial.cache)).data;
  const community = api.dashboard.community.useQuery(undefined, live(initial.community)).data;
  const today = model.at(-1);
  const cacheToday = cache.at(-1);

  return (
    <>
      <section aria-labelledby="queues-title" data-testid="dashboard-queues">
        <h2 id="queues-title" className={styles.sectionTitle}>
          Queues
        </h2>
        <div className={tableStyles.scroller}>
          <table className={tableStyles.table}>
            <caption className="visually-hidden">Queue depth and oldest wait per kind</caption>
            <thead>
              <tr>
                <th scope="col">Queue</th>
                <th scope="col">Waiting</th>
                <th scope="col">Oldest wait</th>
                <th scope="col">Held for moderators</th>
              </tr>
            </thead>
            <tbody>
              {queues.queues.map((q) => (
                <tr key={q.kind} data-testid="queue-depth" data-kind={q.kind}>
                  <th scope="row">{KIND[q.kind]}</th>
                  <td>{q.depth}</td>
                  <td>{q.depth ? formatDuration(q.oldestWaitSeconds) : '—'}</td>
                  <td>{q.held}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <CategoryBarChart
          title="Busiest topics"
          description="Statements waiting in each topic's queue"
          data={queues.busiestTopics.map((t) => ({ label: t.title, value: t.depth }))}
          categoryLabel="Topic"
          valueLabel="Waiting statements"
          layout="horizontal"
          emptyText="No statement is waiting."
          testId="busiest-topics"
        />
      </section>
      <section aria-labelledby="throughput-title">
        <h2 id="throughput-title" className={styles.sectionTitle}>
          Throughput
        </h2>
        <Figures
          items={[
            {
              label: 'Verdicts in the last hour',
              value: throughput.lastHour,
              testId: 'verdicts-hour',
            },
          ]}
        />
        <TimeSeriesChart
          title="Verdicts per minute"
          description="The last hour, UTC"
          data={throughput.perMinute}
          xKey="minute"
          xLabel="Minute (UTC)"
          xFormat="text"
          series={[{ key: 'verdicts', label: 'Verdicts' }]}
          variant="bar"
          emptyText="No verdicts in the last hour."
          testId="throughput-chart"
        />
      </section>
      <section aria-labelledby="model-title">
        <h2 id="model-title" className={styles.sectionTitle}>
          The model
        </h2>
        <Figures
          items={[
            {
              label: 'Judging time p50 today',
              value: today?.p50Seconds != null ? formatDuration(today.p50Seconds) : '—',
            },
            {
              label: 'Judging time p99 today',
              value: today?.p99Seconds != null ? formatDuration(today.p99Seconds) : '—',
            },
            {
              label: 'Model call p50 today',
              value: today?.callP50Ms != null ? formatMilliseconds(today.callP50Ms) : '—',
              testId: 'call-p50',
            },
            {
              label: 'Model call p99 today',
              value: today?.callP99Ms != null ? formatMilliseconds(today.callP99Ms) : '—',
              testId: 'call-p99',
            },
            {
              label: 'Call error rate today',
              value: today?.errorRate != null ? `${(today.errorRate * 100).toFixed(1)}%` : '—',
            },
            { label: 'Spend today', value: `$${(today?.costUsd ?? 0).toFixed(2)}` },
          ]}
        />
        <TimeSeriesChart
          title="Judging time per day"
          description="From review start to verdict, p50 and p99"
          data={model.map((d) => ({ day: d.day, p50: d.p50Seconds, p99: d.p99Seconds }))}
          xKey="day"
          xLabel="Day"
          series={[
            { key: 'p50', label: 'p50' },
            { key: 'p99', label: 'p99' },
          ]}
          valueFormat="duration"
          emptyText="No verdicts in these two weeks."
          testId="latency-chart"
        />
        <TimeSeriesChart
          title="Model call latency per day"
          description="Each call to the model, from request to answer (retries included; chat answers left out), p50 and p99, within 10%"
          data={model.map((d) => ({ day: d.day, p50: d.callP50Ms, p99: d.callP99Ms }))}
          xKey="day"
          xLabel="Day"
          series={[
            { key: 'p50', label: 'p50' },
            { key: 'p99', label: 'p99' },
          ]}
          valueFormat="ms"
          emptyText="No model calls timed in these two weeks (the offline judge makes none)."
          testId="call-latency-chart"
        />
        <TimeSeriesChart
          title="Model call error rate per day"
          data={model.map((d) => ({ day: d.day, errors: d.errorRate }))}
          xKey="day"
          xLabel="Day"
          series={[{ key: 'errors', label: 'Failed calls' }]}
          valueFormat="percent"
          emptyText="No model calls in these two weeks."
        />
        <TimeSeriesChart
          title="Spend per day (US dollars)"
          data={model.map((d) => ({ day: d.day, usd: Math.round(d.costUsd * 100) / 100 }))}
          xKey="day"
          xLabel="Day"
          series={[{ key: 'usd', label: 'US dollars' }]}
          variant="bar"
          emptyText="Nothing spent in these two weeks."
        />
      </section>
      <section aria-labelledby="cache-title">
        <h2 id="cache-title" className={styles.sectionTitle}>
          Semantic cache
        </h2>
        <Figures
          items={[
            {
              label: 'Hit rate today',
              value:
                cacheToday?.hitRate != null ? `${(cacheToday.hitRate * 100).toFixed(1)}%` : '—',
            },
            { label: 'Lookups today', value: cacheToday?.lookups ?? 0 },
          ]}
        />
        <TimeSeriesChart
          title="Cache hit rate per day"
          data={cache.map((d) => ({ day: d.day, rate: d.hitRate }))}
          xKey="day"
          xLabel="Day"
          series={[{ key: 'rate', label: 'Hit rate' }]}
          valueFormat="percent"
          emptyText="No cache lookups in these two weeks (the offline judge uses no cache)."
        />
      </section>
      <section aria-labelledby="community-title" data-testid="dashboard-community">
        <h2 id="community-title" className={styles.sectionTitle}>
          Community
        </h2>
        <Figures
          items={[
            { label: 'Active citizens (7 days)', value: community.active, testId: 'active' },
            { label: 'Returning', value: community.returning },
            {
              label: 'Pending appeals',
              value: community.appeals.pending,
              testId: 'pending-appeals',
            },
            {
              label: 'Oldest appeal',
              value: community.appeals.pending
                ? formatDuration(community.appeals.oldestAgeSeconds)
                : '—',
            },
            { label: 'Pending reports', value: community.reports.pending },
            {
              label: 'Oldest report',
              value: community.reports.pending
                ? formatDuration(community.reports.oldestAgeSeconds)
                : '—',
            },
          ]}
        />
        <TimeSeriesChart
          title="Citizens submitting per day"
          data={community.activeByDay}
          xKey="day"
          xLabel="Day"
          series={[{ key: 'citizens', label: 'Citizens' }]}
          variant="bar"
          emptyText="Nobody submitted anything in these two weeks."
        />
      </section>
    </>
  );
}
