'use client';

import { useRouter } from 'next/navigation';

import { api } from '~/trpc/react';

/** Admins+ end a sanction early; the profile is re-read afterwards. */
export function LiftSanction({ sanctionId }: { sanctionId: string }) {
  const router = useRouter();
  const lift = api.sanctions.lift.useMutation({ onSuccess: () => router.refresh() });
  return (
    <p>
      <button
        type="button"
        className="button button-quiet"
        disabled={lift.isPending}
        onClick={() => lift.mutate({ sanctionId })}
      >
        Lift this sanction
      </button>
      {lift.error ? <span role="alert"> {lift.error.message}</span> : null}
    </p>
  );
}
