'use client';

// A time series (one value per day or week, one or more series) as lines or bars, stacked or
// not. Recharts loads in the browser after the page (next/dynamic, no SSR), so the first load of
// a page that shows a chart carries only this frame and its data table.
import dynamic from 'next/dynamic';

import { ChartFrame, ChartPlaceholder } from './chart-frame';
import { type CategoryFormat, formatCategory, formatValue, type ValueFormat } from './format';

export interface ChartSeries {
  /** The data field holding this series' values. */
  key: string;
  label: string;
  /** Any CSS colour; tokens.css variables work (`var(--color-red)`). */
  color?: string;
}

export type TimeSeriesPoint = Record<string, string | number | null>;

export interface TimeSeriesChartProps {
  title: string;
  description?: string;
  /** One object per period, oldest first, with `xKey` and one field per series. */
  data: readonly TimeSeriesPoint[];
  /** The field holding the period (an ISO date for `xFormat` day or week). */
  xKey: string;
  /** Heading of the period column in the data table, e.g. "Day". */
  xLabel: string;
  xFormat?: CategoryFormat;
  series: readonly ChartSeries[];
  variant?: 'line' | 'bar';
  /** Bars only: stack the series into one bar per period. */
  stacked?: boolean;
  valueFormat?: ValueFormat;
  height?: number;
  /** Shows the data table on screen too (it is always there for screen readers). */
  tableVisible?: boolean;
  /** Said instead of a plot when there is no data. */
  emptyText?: string;
  testId?: string;
}

const Plot = dynamic(() => import('./recharts-time-series'), {
  ssr: false,
  loading: ChartPlaceholder,
});

export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const {
    title,
    description,
    data,
    xKey,
    xLabel,
    xFormat = 'day',
    series,
    valueFormat = 'count',
    height = 240,
    tableVisible,
    emptyText = 'Nothing on record for this period.',
    testId,
  } = props;
  const table = {
    columns: [xLabel, ...series.map((s) => s.label)],
    rows: data.map((point) => {
      const x = String(point[xKey] ?? '');
      return {
        key: x,
        cells: [
          formatCategory(x, xFormat, true),
          ...series.map((s) => formatValue(numeric(point[s.key]), valueFormat)),
        ],
      };
    }),
  };
  const hasData = data.some((point) => series.some((s) => numeric(point[s.key]) !== null));
  return (
    <ChartFrame
      title={title}
      description={description}
      height={height}
      table={table}
      tableVisible={tableVisible}
      empty={hasData ? null : emptyText}
      testId={testId}
    >
      <Plot {...props} xFormat={xFormat} valueFormat={valueFormat} />
    </ChartFrame>
  );
}

function numeric(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
