'use client';

import { decideHeldInput, NOTE_MAX } from '@overlord/validators';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { DecisionForm, decisionError } from '~/components/decision-form';
import { api } from '~/trpc/react';

const NOTE = { schema: decideHeldInput.shape.note, max: NOTE_MAX };

const OUTCOMES = [
  { value: 'release', label: 'Release to the queue' },
  { value: 'reject', label: 'Reject as a terms violation', quiet: true },
] as const;

/** Release one held item to its queue, or reject it; the list is re-read afterwards. */
export function HeldDecision({ kind, id }: { kind: 'topic' | 'post' | 'message'; id: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const decide = api.held.decide.useMutation({
    onSuccess: () => router.refresh(),
    onError: (err) => setError(decisionError(err)),
  });
  return (
    <DecisionForm
      label="Decide this held item"
      note={NOTE}
      outcomes={OUTCOMES}
      pending={decide.isPending}
      error={error}
      onDecide={(outcome, note) => {
        setError(null);
        decide.mutate({ kind, id, outcome, note });
      }}
    />
  );
}
