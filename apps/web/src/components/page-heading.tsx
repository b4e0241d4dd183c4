import type { ReactNode } from 'react';

import styles from './ui.module.css';

/** Every page opens the same way: a kicker, the poster headline, an optional lede and actions. */
export function PageHeading({
  kicker,
  title,
  lede,
  actions,
  id,
}: {
  kicker: ReactNode;
  title: ReactNode;
  lede?: ReactNode;
  actions?: ReactNode;
  id?: string;
}) {
  return (
    <header className={styles.heading}>
      <p className={styles.kicker}>{kicker}</p>
      <h1 className={styles.title} id={id}>
        {title}
      </h1>
      {lede ? <p className={styles.lede}>{lede}</p> : null}
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </header>
  );
}
