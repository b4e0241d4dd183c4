'use client';

// One bar per category (reasons, kinds, judges): the categories on one axis, their values on
// the other. Recharts loads in the browser after the page, as for TimeSeriesChart.
import dynamic from 'next/dynamic';

import { ChartFrame, ChartPlaceholder } from './chart-frame';
import { formatValue, type ValueFormat } from './format';

export interface CategoryDatum {
  label: string;
  value: number;
}

export interface CategoryBarChartProps {
  title: string;
  description?: string;
  data: readonly CategoryDatum[];
  /** Heading of the category column in the data table, e.g. "Reason". */
  categoryLabel: string;
  /** Heading of the value column, e.g. "Rejections". */
  valueLabel: string;
  valueFormat?: ValueFormat;
  /** Any CSS colour; tokens.css variables work. */
  color?: string;
  /** `horizontal` bars suit long category names. */
  layout?: 'vertical' | 'horizontal';
  height?: number;
  tableVisible?: boolean;
  emptyText?: string;
  testId?: string;
}

const Plot = dynamic(() => import('./recharts-category-bar'), {
  ssr: false,
  loading: ChartPlaceholder,
});

export function CategoryBarChart(props: CategoryBarChartProps) {
  const {
    title,
    description,
    data,
    categoryLabel,
    valueLabel,
    valueFormat = 'count',
    height = 240,
    tableVisible,
    emptyText = 'Nothing on record for this period.',
    testId,
  } = props;
  const table = {
    columns: [categoryLabel, valueLabel],
    rows: data.map((d) => ({ key: d.label, cells: [d.label, formatValue(d.value, valueFormat)] })),
  };
  const hasData = data.some((d) => d.value !== 0);
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
      <Plot {...props} valueFormat={valueFormat} />
    </ChartFrame>
  );
}
