'use client';

import { useRouter } from 'next/navigation';

import { api } from '~/trpc/react';

export function AcknowledgeOnboarding({ next }: { next: string }) {
  const router = useRouter();
  const done = api.account.completeOnboarding.useMutation({
    onSuccess: () => router.replace(next),
  });
  return (
    <div>
      <button
        type="button"
        className="button"
        disabled={done.isPending}
        onClick={() => done.mutate()}
      >
        {done.isPending ? 'Filing…' : 'Understood. Proceed.'}
      </button>
      {done.error ? <p role="alert">{done.error.message}</p> : null}
    </div>
  );
}
