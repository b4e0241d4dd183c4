'use client';

import { decideFlagInput, FLAG_NOTE_MAX } from '@overlord/validators';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { DecisionForm, decisionError } from '~/components/decision-form';
import { api } from '~/trpc/react';

const NOTE = { schema: decideFlagInput.shape.note, max: FLAG_NOTE_MAX };

const OUTCOMES = [
  { value: 'sustained', label: 'Sustain: hide it' },
  { value: 'dismissed', label: 'Dismiss', quiet: true },
] as const;

/** Sustain or dismiss a report (and every other pending report of the same item). */
export function FlagDecision({ flagId }: { flagId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const decide = api.flags.decide.useMutation({
    onSuccess: () => router.refresh(),
    onError: (err) => setError(decisionError(err)),
  });
  return (
    <DecisionForm
      label="Decide this report"
      note={NOTE}
      outcomes={OUTCOMES}
      pending={decide.isPending}
      error={error}
      onDecide={(outcome, note) => {
        setError(null);
        decide.mutate({ flagId, outcome, note });
      }}
    />
  );
}
