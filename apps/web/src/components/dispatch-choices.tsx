'use client';

// Which of the Overlord's dispatches a citizen receives (docs/product.md §13), one box per
// kind, saved as soon as a box changes. Chosen at onboarding, changed on the account page.
import { DISPATCH_KINDS, type DispatchKind } from '@overlord/validators';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';

import styles from '~/components/form.module.css';
import { api } from '~/trpc/react';

const LABELS: Record<DispatchKind, string> = {
  verdicts: 'Verdicts on my topics, statements and messages',
  appeals_and_reports: 'Outcomes of my appeals and reports, and reports against my words',
  messages: 'Private messages delivered to me',
  sanctions: 'Sanctions imposed on me, and their lifting',
  replies_and_mentions: 'Replies to my statements and mentions of my name',
  followed_topics: 'New statements in topics I follow (at most one per topic per hour)',
};

export function DispatchChoices({
  initial,
  refreshOnSave = false,
}: {
  initial: readonly DispatchKind[];
  /** Re-render the server parts of the page after a save (the account page). */
  refreshOnSave?: boolean;
}) {
  const router = useRouter();
  const id = useId();
  const [kinds, setKinds] = useState<DispatchKind[]>([...initial]);
  const [saved, setSaved] = useState<DispatchKind[]>([...initial]);
  const save = api.notifications.setKinds.useMutation({
    onSuccess: (result) => {
      setSaved(result.kinds);
      if (refreshOnSave) router.refresh();
    },
    // Shown at once; put back to what the api last accepted if it refused.
    onError: () => setKinds(saved),
  });

  function toggle(kind: DispatchKind, on: boolean) {
    const next = DISPATCH_KINDS.filter((k) => (k === kind ? on : kinds.includes(k)));
    setKinds(next);
    save.mutate({ kinds: next });
  }

  return (
    <fieldset className={styles.field} data-testid="dispatch-choices">
      <legend className={styles.label}>The Overlord’s dispatches you receive</legend>
      {DISPATCH_KINDS.map((kind) => (
        <label key={kind} htmlFor={`${id}-${kind}`}>
          <input
            id={`${id}-${kind}`}
            type="checkbox"
            name="dispatchKinds"
            value={kind}
            checked={kinds.includes(kind)}
            onChange={(e) => toggle(kind, e.target.checked)}
          />{' '}
          {LABELS[kind]}
        </label>
      ))}
      <p className={styles.hint} aria-live="polite" data-testid="dispatch-choices-state">
        {save.isError
          ? 'The choice was not saved; try again.'
          : save.isPending
            ? 'Filing your choice…'
            : kinds.length === 0
              ? 'No dispatches. The Overlord will keep its counsel.'
              : `${kinds.length} of ${DISPATCH_KINDS.length} kinds of dispatch on.`}
      </p>
    </fieldset>
  );
}
