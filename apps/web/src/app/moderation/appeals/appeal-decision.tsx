'use client';

import { decideAppealInput, NOTE_MAX } from '@overlord/validators';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { DecisionForm, decisionError } from '~/components/decision-form';
import { api } from '~/trpc/react';

const NOTE = { schema: decideAppealInput.shape.note, max: NOTE_MAX };

const OUTCOMES = [
  { value: 'sustained', label: 'Sustain: publish it' },
  { value: 'denied', label: 'Deny', quiet: true },
] as const;

/** Sustain or deny one appeal; the docket is re-read afterwards. */
export function AppealDecision({ appealId }: { appealId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const decide = api.appeals.decide.useMutation({
    onSuccess: () => router.refresh(),
    onError: (err) => setError(decisionError(err)),
  });
  return (
    <DecisionForm
      label="Decide this appeal"
      note={NOTE}
      outcomes={OUTCOMES}
      pending={decide.isPending}
      error={error}
      onDecide={(outcome, note) => {
        setError(null);
        decide.mutate({ appealId, outcome, note });
      }}
    />
  );
}
