'use client';

import { useRouter } from 'next/navigation';

import { api } from '~/trpc/react';

/** Marks every dispatch read; the page and the header's count are re-read. */
export function MarkAllRead() {
  const router = useRouter();
  const mark = api.notifications.markRead.useMutation({ onSuccess: () => router.refresh() });
  return (
    <button
      type="button"
      className="button button-quiet"
      disabled={mark.isPending}
      onClick={() => mark.mutate({})}
    >
      Mark all as read
    </button>
  );
}
