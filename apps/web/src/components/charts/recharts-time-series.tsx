'use client';

// The drawing of TimeSeriesChart; loaded on its own so Recharts stays out of first-load bundles.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { formatCategory, formatValue, SERIES_COLOURS } from './format';
import type { TimeSeriesChartProps } from './time-series-chart';

const AXIS = { stroke: 'var(--color-ink)', tick: { fill: 'var(--color-ink)' } };
const GRID = 'var(--color-paper-deep)';

export default function RechartsTimeSeries({
  data,
  xKey,
  xFormat = 'day',
  series,
  variant = 'bar',
  stacked = false,
  valueFormat = 'count',
}: TimeSeriesChartProps) {
  const colour = (i: number, own?: string) => own ?? SERIES_COLOURS[i % SERIES_COLOURS.length];
  const common = {
    data: data as Record<string, string | number | null>[],
    margin: { top: 8, right: 8, bottom: 0, left: 0 },
    // The figure's data table is the accessible version; the plot is aria-hidden and must not
    // take keyboard focus (Recharts' own accessibility layer would make it focusable).
    accessibilityLayer: false,
  };
  const axes = (
    <>
      <CartesianGrid stroke={GRID} vertical={false} />
      <XAxis
        dataKey={xKey}
        {...AXIS}
        tickFormatter={(value: string) => formatCategory(String(value), xFormat)}
        minTickGap={12}
      />
      <YAxis
        {...AXIS}
        width={valueFormat === 'duration' || valueFormat === 'ms' ? 72 : 44}
        allowDecimals={valueFormat !== 'count'}
        domain={valueFormat === 'percent' ? [0, 1] : [0, 'auto']}
        tickFormatter={(value: number) => formatValue(value, valueFormat)}
      />
      <Tooltip
        labelFormatter={(label) =>
          typeof label === 'string' ? formatCategory(label, xFormat, true) : label
        }
        formatter={(value) => formatValue(Number(value), valueFormat)}
        isAnimationActive={false}
      />
      {series.length > 1 ? <Legend /> : null}
    </>
  );
  return (
    <ResponsiveContainer width="100%" height="100%">
      {variant === 'line' ? (
        <LineChart {...common}>
          {axes}
          {series.map((s, i) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.label}
              stroke={colour(i, s.color)}
              strokeWidth={2}
              dot={{ r: 3, fill: colour(i, s.color) }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      ) : (
        <BarChart {...common}>
          {axes}
          {series.map((s, i) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={colour(i, s.color)}
              {...(stacked ? { stackId: 'stack' } : {})}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}
