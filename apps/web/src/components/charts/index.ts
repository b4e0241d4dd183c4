// Charts (Recharts, drawn in the browser) with an accessible data table each. Import from here
// only on the pages that show charts: nothing of Recharts reaches other pages.
export {
  type CategoryBarChartProps,
  type CategoryDatum,
  CategoryBarChart,
} from './category-bar-chart';
export {
  formatDuration,
  formatMilliseconds,
  formatValue,
  type CategoryFormat,
  type ValueFormat,
} from './format';
export {
  type ChartSeries,
  TimeSeriesChart,
  type TimeSeriesChartProps,
  type TimeSeriesPoint,
} from './time-series-chart';
