'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';

import styles from '~/components/form.module.css';
import { api } from '~/trpc/react';

/** Dispatches are opt-in (docs/product.md §13); saved as soon as the box changes. */
export function NotificationsOptIn({ initial }: { initial: boolean }) {
  const router = useRouter();
  const id = useId();
  const [optIn, setOptIn] = useState(initial);
  const save = api.notifications.setOptIn.useMutation({
    onSuccess: () => router.refresh(),
    // Shown at once; put back if the api refused.
    onError: (_error, input) => setOptIn(!input.optIn),
  });
  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={optIn}
          disabled={save.isPending}
          onChange={(e) => {
            setOptIn(e.target.checked);
            save.mutate({ optIn: e.target.checked });
          }}
        />{' '}
        Receive the Overlord’s dispatches: verdicts on my submissions, appeal and report outcomes,
        messages delivered to me
      </label>
      <p className={styles.hint} aria-live="polite">
        {save.isError
          ? 'The setting was not saved; try again.'
          : optIn
            ? 'Dispatches on.'
            : 'Dispatches off.'}
      </p>
    </div>
  );
}
