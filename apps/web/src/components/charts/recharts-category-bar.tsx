'use client';

// The drawing of CategoryBarChart; loaded on its own so Recharts stays out of first-load bundles.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import type { CategoryBarChartProps } from './category-bar-chart';
import { formatValue, SERIES_COLOURS } from './format';

const AXIS = { stroke: 'var(--color-ink)', tick: { fill: 'var(--color-ink)' } };
const GRID = 'var(--color-paper-deep)';

export default function RechartsCategoryBar({
  data,
  valueLabel,
  valueFormat = 'count',
  color = SERIES_COLOURS[1],
  layout = 'vertical',
}: CategoryBarChartProps) {
  const horizontal = layout === 'horizontal';
  const valueAxis = {
    ...AXIS,
    type: 'number' as const,
    allowDecimals: valueFormat !== 'count',
    tickFormatter: (value: number) => formatValue(value, valueFormat),
  };
  const categoryAxis = { ...AXIS, type: 'category' as const, dataKey: 'label' };
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={data}
        // Recharts names the bars' direction by the axis they grow along.
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        // The data table is the accessible version; the aria-hidden plot takes no focus.
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={GRID} vertical={horizontal} horizontal={!horizontal} />
        {horizontal ? (
          <>
            <XAxis {...valueAxis} />
            <YAxis {...categoryAxis} width={120} />
          </>
        ) : (
          <>
            <XAxis {...categoryAxis} interval={0} />
            <YAxis {...valueAxis} width={44} />
          </>
        )}
        <Tooltip
          formatter={(value) => [formatValue(Number(value), valueFormat), valueLabel]}
          isAnimationActive={false}
        />
        <Bar dataKey="value" name={valueLabel} fill={color} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
