// How chart values and axis labels read. Plain data, no React: server pages pick a format by
// name (functions cannot cross from a Server Component into a client one).

/** `count`: whole numbers; `percent`: a share from 0 to 1; `duration`: seconds; `ms`: milliseconds. */
export type ValueFormat = 'count' | 'percent' | 'duration' | 'ms';
/** `day` and `week` expect ISO dates (`2026-12-01`); `text` shows the value as it is. */
export type CategoryFormat = 'day' | 'week' | 'text';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatValue(value: number | null | undefined, format: ValueFormat): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'no data';
  if (format === 'percent') return `${Math.round(value * 1000) / 10}%`;
  if (format === 'duration') return formatDuration(value);
  if (format === 'ms') return formatMilliseconds(value);
  return value.toLocaleString('en');
}

/** Milliseconds as "850 ms", "2.4 s", then as a duration ("1 min 5 s"). */
export function formatMilliseconds(ms: number): string {
  const v = Math.max(0, ms);
  if (v < 1_000) return `${Math.round(v)} ms`;
  if (v < 10_000) return `${(Math.round(v / 100) / 10).toLocaleString('en')} s`;
  return formatDuration(v / 1_000);
}

/** Seconds as "45 s", "3 min 20 s", "2 h 5 min". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3_600) {
    const rest = s % 60;
    return rest ? `${Math.floor(s / 60)} min ${rest} s` : `${s / 60} min`;
  }
  const minutes = Math.round((s % 3_600) / 60);
  return minutes ? `${Math.floor(s / 3_600)} h ${minutes} min` : `${Math.floor(s / 3_600)} h`;
}

/** Short axis label: "1 Dec" for a day, "w/c 30 Nov" for a week. */
export function formatCategory(value: string, format: CategoryFormat, long = false): string {
  if (format === 'text') return value;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const day = `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? match[2]}`;
  const dated = long ? `${day} ${match[1]}` : day;
  return format === 'week' ? `${long ? 'Week of' : 'w/c'} ${dated}` : dated;
}

/** Series colours, in order, when a series names none (tokens.css; all read on paper). */
export const SERIES_COLOURS = [
  'var(--color-ink)',
  'var(--color-red)',
  'var(--color-ink-soft)',
  'var(--color-red-deep)',
];
