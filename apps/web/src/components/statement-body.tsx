import styles from './statement-body.module.css';

/**
 * A statement's text as the api rendered it (docs/product.md §17): Markdown through markdown-it
 * with raw HTML off, then sanitize-html's allowlist, both on the server. Nothing else is ever
 * passed here.
 */
export function StatementBody({ html, className }: { html: string; className?: string }) {
  return (
    <div
      className={className ? `${styles.prose} ${className}` : styles.prose}
      data-testid="statement-body"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
