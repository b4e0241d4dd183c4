'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

import styles from '~/components/form.module.css';
import { api } from '~/trpc/react';

/**
 * Block or unblock a citizen (docs/product.md §20). Private: the other citizen is never told,
 * and the button shows only to the citizen who may press it.
 */
export function BlockToggle({ username, initial }: { username: string; initial: boolean }) {
  const router = useRouter();
  const [blocked, setBlocked] = useState(initial);
  const onSuccess = (result: { blocked: boolean }) => {
    setBlocked(result.blocked);
    router.refresh();
  };
  const block = api.blocks.add.useMutation({ onSuccess });
  const unblock = api.blocks.remove.useMutation({ onSuccess });
  const pending = block.isPending || unblock.isPending;
  const failed = block.isError || unblock.isError;
  return (
    <div className={styles.field} data-testid="block-toggle" data-blocked={blocked}>
      <button
        type="button"
        className="button button-quiet"
        disabled={pending}
        onClick={() => (blocked ? unblock : block).mutate({ username })}
      >
        {blocked ? `Unblock ${username}` : `Block ${username}`}
      </button>
      <p className={styles.hint} aria-live="polite">
        {failed
          ? 'The Ministry did not record that; try again.'
          : blocked
            ? 'Blocked. Their statements fold away for you and they cannot write to you. They are not told.'
            : 'Blocking is private: they are not told.'}
      </p>
    </div>
  );
}
