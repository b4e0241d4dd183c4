// The Overlord's record as charts (docs/product.md §16). The figures come from `log.record`;
// each chart carries its data as a table for screen readers.
import { CategoryBarChart, TimeSeriesChart } from '~/components/charts';
import { LOG_REASON_LABELS } from '~/lib/log';
import type { RouterOutputs } from '~/trpc/react';

import styles from './log.module.css';

type RecordFigures = RouterOutputs['log']['record'];

export function OverlordRecord({ record }: { record: RecordFigures }) {
  return (
    <section className={styles.section} aria-labelledby="record-heading" data-testid="record">
      <h2 id="record-heading" className={styles.sectionTitle}>
        The Overlord’s record
      </h2>
      <p className={styles.note}>
        From the stored verdicts and decisions, the same on every server; refreshed every half
        minute. Days and weeks are UTC.
      </p>
      <div className={styles.charts}>
        <TimeSeriesChart
          title={`Verdicts per day, last ${record.days} days`}
          description="Approved, rejected and returned for calibration."
          data={record.verdictsPerDay}
          xKey="day"
          xLabel="Day"
          series={[
            { key: 'approved', label: 'Approved', color: 'var(--color-ink)' },
            { key: 'rejected', label: 'Rejected', color: 'var(--color-red)' },
            { key: 'calibrate', label: 'Calibrate', color: 'var(--color-paper-dim)' },
          ]}
          variant="bar"
          stacked
          testId="chart-verdicts"
        />
        <CategoryBarChart
          title={`Rejection reasons, last ${record.days} days`}
          description="Terms violations never appear in the public record."
          data={record.rejectionReasons.map((r) => ({
            label: LOG_REASON_LABELS[r.reason],
            value: r.count,
          }))}
          categoryLabel="Reason"
          valueLabel="Rejections"
          color="var(--color-red)"
          testId="chart-reasons"
        />
        <TimeSeriesChart
          title={`Appeals sustained per week, last ${record.weeks} weeks`}
          description="The share of appealed decisions that officials overturned: the Overlord’s error rate."
          data={record.appealsPerWeek.map((w) => ({
            week: w.week,
            sustainRate: w.sustainRate,
            decided: w.decided,
          }))}
          xKey="week"
          xLabel="Week"
          xFormat="week"
          series={[{ key: 'sustainRate', label: 'Overturned', color: 'var(--color-red)' }]}
          variant="line"
          valueFormat="percent"
          emptyText="No appeal was decided in these weeks."
          testId="chart-appeals"
        />
        <TimeSeriesChart
          title={`Median time from submission to verdict, last ${record.days} days`}
          data={record.verdictsPerDay.map((d) => ({ day: d.day, median: d.medianSeconds }))}
          xKey="day"
          xLabel="Day"
          series={[{ key: 'median', label: 'Median time', color: 'var(--color-ink)' }]}
          variant="line"
          valueFormat="duration"
          testId="chart-median"
        />
      </div>
    </section>
  );
}
