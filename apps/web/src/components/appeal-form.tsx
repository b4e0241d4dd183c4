'use client';

import { fileAppealInput, firstIssue, PLEA_MAX } from '@overlord/validators';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { api } from '~/trpc/react';

import { FoldedBodyForm, requestError } from './folded-body-form';

/**
 * "Petition the Central Committee": the author's appeal against one rejection. On success the
 * Graveyard is re-read and shows the pending appeal.
 */
export function AppealForm({ kind, id }: { kind: 'post' | 'topic'; id: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const file = api.appeals.file.useMutation({
    onSuccess: () => router.refresh(),
    onError: (err) =>
      setError(
        requestError(
          err,
          'reason',
          'The pneumatic line jammed. Your appeal was not filed; try again.',
        ),
      ),
  });
  return (
    <div>
      <FoldedBodyForm
        openLabel={
          <>
            Petition the Central Committee<span className="visually-hidden"> (appeal)</span>
          </>
        }
        formLabel="Appeal this rejection"
        bodyLabel="Your plea"
        hint="Why was the Overlord wrong? A moderator reads this beside the original. One appeal per item, one every five minutes."
        maxLength={PLEA_MAX}
        validate={(reason) => firstIssue(fileAppealInput.shape.reason, reason)}
        submitLabel="File appeal"
        pending={file.isPending}
        error={error}
        onSubmit={(reason) => {
          setError(null);
          file.mutate({ kind, id, reason });
        }}
        testId="appeal-form"
      />
    </div>
  );
}
