// The accessible half of every chart: a <figure> whose caption names it and whose data is a real
// table. The plot itself is decoration for sighted readers (aria-hidden); screen readers, and
// anyone without JavaScript, read the table, which is visually hidden unless asked for.
import type { ReactNode } from 'react';

import styles from './charts.module.css';

export interface DataTable {
  /** Column headings: the category first, then one per series. */
  columns: string[];
  /** One row per category: its label, then the formatted values. */
  rows: { key: string; cells: string[] }[];
}

export function ChartFrame({
  title,
  description,
  height,
  table,
  tableVisible = false,
  empty,
  testId,
  children,
}: {
  title: string;
  description?: string | undefined;
  height: number;
  table: DataTable;
  tableVisible?: boolean | undefined;
  /** Shown instead of the plot when there is nothing to draw. */
  empty?: string | null | undefined;
  testId?: string | undefined;
  children: ReactNode;
}) {
  return (
    <figure className={styles.figure} data-testid={testId}>
      <figcaption className={styles.caption}>
        <span className={styles.title}>{title}</span>
        {description ? <span className={styles.description}>{description}</span> : null}
      </figcaption>
      {empty ? (
        <p className={styles.empty}>{empty}</p>
      ) : (
        <div className={styles.plot} style={{ height }} aria-hidden="true">
          {children}
        </div>
      )}
      <table className={tableVisible ? styles.table : `visually-hidden ${styles.table}`}>
        <caption>{title}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.cells[0]}</th>
              {row.cells.slice(1).map((cell, i) => (
                <td key={table.columns[i + 1] ?? i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** What the plot area shows until Recharts has loaded (it is hidden from screen readers). */
export function ChartPlaceholder() {
  return <div className={styles.placeholder}>Drawing the chart…</div>;
}
