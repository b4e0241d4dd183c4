'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';

import { PLEA_MAX, validatePlea } from '~/lib/appeals';
import { api } from '~/trpc/react';

import { BodyField } from './body-field';
import styles from './form.module.css';

/**
 * "Petition the Central Committee": the author's appeal against one rejection, folded behind a
 * button until wanted. On success the Graveyard is re-read and shows the pending appeal.
 */
export function AppealForm({ kind, id }: { kind: 'post' | 'topic'; id: string }) {
  const router = useRouter();
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [plea, setPlea] = useState('');
  const [error, setError] = useState<string | null>(null);
  const file = api.appeals.file.useMutation({
    onSuccess: () => router.refresh(),
    onError: (err) => {
      const data = (err.data ?? null) as {
        code?: string;
        fieldErrors?: Record<string, string[] | undefined> | null;
      } | null;
      setError(
        data?.fieldErrors?.reason?.[0] ??
          (data?.code === 'TOO_MANY_REQUESTS' ||
          data?.code === 'CONFLICT' ||
          data?.code === 'NOT_FOUND'
            ? err.message
            : 'The pneumatic line jammed. Your appeal was not filed; try again.'),
      );
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = validatePlea(plea);
    setError(problem);
    if (problem) return;
    file.mutate({ kind, id, reason: plea.trim() });
  }

  if (!open) {
    return (
      <p>
        <button
          type="button"
          className="button button-quiet"
          aria-expanded={false}
          aria-controls={`${ids}-appeal`}
          onClick={() => setOpen(true)}
        >
          Petition the Central Committee<span className="visually-hidden"> (appeal)</span>
        </button>
      </p>
    );
  }
  return (
    <form
      id={`${ids}-appeal`}
      className={styles.form}
      onSubmit={onSubmit}
      noValidate
      aria-label="Appeal this rejection"
      data-testid="appeal-form"
    >
      <BodyField
        id={ids}
        label="Your plea"
        hint="Why was the Overlord wrong? A moderator reads this beside the original. One appeal per item, one every five minutes."
        rows={3}
        maxLength={PLEA_MAX}
        value={plea}
        onChange={setPlea}
        error={error}
        submitLabel="File appeal"
        pendingLabel="Filing…"
        pending={file.isPending}
      />
    </form>
  );
}
