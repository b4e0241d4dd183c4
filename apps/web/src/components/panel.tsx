import type { ReactNode } from 'react';

import styles from './ui.module.css';

/** A filed card. `tone="red"` is a poster block for the one thing a page must say. */
export function Panel({
  title,
  tone = 'paper',
  children,
  labelledBy,
  as: Tag = 'section',
  ...rest
}: {
  title?: ReactNode;
  tone?: 'paper' | 'red';
  children: ReactNode;
  labelledBy?: string;
  as?: 'section' | 'div' | 'article';
  'data-testid'?: string;
}) {
  const titleId = labelledBy ?? undefined;
  return (
    <Tag
      className={`${styles.panel} ${tone === 'red' ? styles.panelRed : ''}`}
      aria-labelledby={title && titleId ? titleId : undefined}
      {...rest}
    >
      {title ? (
        <h2 className={styles.panelTitle} id={titleId}>
          {title}
        </h2>
      ) : null}
      {children}
    </Tag>
  );
}
