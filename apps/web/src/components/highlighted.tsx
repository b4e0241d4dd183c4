import styles from './highlighted.module.css';

/**
 * A search snippet: plain-text segments from the api, matches wrapped in <mark>. Every segment
 * is rendered as text (escaped by React); nothing from the database becomes markup.
 */
export function Highlighted({ segments }: { segments: { text: string; match: boolean }[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.match ? (
          <mark key={i} className={styles.mark}>
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
