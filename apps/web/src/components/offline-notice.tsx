'use client';

// Two small duties of the installable app (docs/architecture.md §13): register the service
// worker once the page has loaded, and say so whenever what is on screen may be out of date:
// the browser is offline, or the page itself is a copy the service worker kept.
import { useEffect, useSyncExternalStore } from 'react';

import { OFFLINE_COPY_ATTRIBUTE, SERVICE_WORKER_PATH } from '~/lib/offline';

import styles from './offline-notice.module.css';

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** null: online and fresh; else the moment the copy on screen was fetched ('' if unknown). */
function staleSince(): string | null {
  const copy = document.documentElement.getAttribute(OFFLINE_COPY_ATTRIBUTE);
  if (copy !== null) return copy;
  return navigator.onLine ? null : '';
}

function describe(since: string): string {
  const at = since ? new Date(since) : null;
  return at && !Number.isNaN(at.getTime())
    ? `this browser's copy from ${at.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}`
    : 'what this browser last received';
}

export function OfflineNotice({ register }: { register: boolean }) {
  const since = useSyncExternalStore(subscribe, staleSince, () => null);

  useEffect(() => {
    if (!register || !('serviceWorker' in navigator)) return;
    const start = () => void navigator.serviceWorker.register(SERVICE_WORKER_PATH, { scope: '/' });
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
  }, [register]);

  return (
    <div
      role="status"
      className={since === null ? undefined : styles.notice}
      data-testid="offline-notice"
    >
      {since === null ? null : (
        <p className={styles.text}>
          <strong className={styles.stamp}>Offline</strong> The pneumatic lines are down, citizen.
          You are reading {describe(since)}; it may be out of date. Drafts stay in this browser,
          unsent, until you submit them again online.
        </p>
      )}
    </div>
  );
}
