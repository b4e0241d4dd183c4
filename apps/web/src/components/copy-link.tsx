'use client';

import { useState } from 'react';

import styles from './form.module.css';

/** Copies a page's address (made absolute here, in the browser) to the clipboard. */
export function CopyLink({ path, label = 'Copy link' }: { path: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [url, setUrl] = useState(path);
  return (
    <span>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => {
          const absolute = new URL(path, window.location.href).href;
          setUrl(absolute);
          navigator.clipboard.writeText(absolute).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        {label}
      </button>{' '}
      <span className={styles.hint} role="status" aria-live="polite" data-testid="copy-link-status">
        {state === 'copied'
          ? 'Link copied.'
          : state === 'failed'
            ? `Copy this address: ${url}`
            : ''}
      </span>
    </span>
  );
}
