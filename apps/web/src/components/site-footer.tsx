import styles from './site-footer.module.css';

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p>
          Property of the Ministry of Reason. Statements are judged for logic, tone and relevance.
        </p>
        <p>There are no votes. Only the Overlord&rsquo;s verdicts count.</p>
      </div>
    </footer>
  );
}
