'use client';

import { useEffect, useId, useState } from 'react';

import { api } from '~/trpc/react';

import styles from './form.module.css';
import { StatementBody } from './statement-body';

/** Typing pauses this long before the preview is asked for again. */
const PREVIEW_DEBOUNCE_MS = 300;

/**
 * The compose form's preview (docs/product.md §17): the api renders the draft exactly as a page
 * will show it, so what you see is what is published. Off until asked for.
 */
export function StatementPreview({ body }: { body: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [html, setHtml] = useState<string | null>(null);
  const preview = api.posts.preview.useMutation({ onSuccess: (result) => setHtml(result.html) });
  const { mutate } = preview;

  useEffect(() => {
    if (!open) return;
    if (body.trim() === '') {
      setHtml(null);
      return;
    }
    const timer = setTimeout(() => mutate({ body }), PREVIEW_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [open, body, mutate]);

  return (
    <div data-testid="statement-preview">
      <button
        type="button"
        className="button button-quiet"
        aria-expanded={open}
        aria-controls={`${id}-preview`}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? 'Hide preview' : 'Preview'}
      </button>
      {open ? (
        <section id={`${id}-preview`} aria-label="Preview of your statement" aria-live="polite">
          {html === null ? (
            <p className={styles.hint}>
              {body.trim() === '' ? 'Nothing to preview yet.' : 'Typesetting…'}
            </p>
          ) : (
            <StatementBody html={html} />
          )}
        </section>
      ) : null}
    </div>
  );
}
