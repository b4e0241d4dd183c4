'use client';

import {
  appealCooldownSchema,
  firstIssue,
  settingLimitSchema,
  type UpdateSettingInput,
} from '@overlord/validators';
import { useRouter } from 'next/navigation';
import { type FormEvent, useId, useState } from 'react';

import { requestError } from '~/components/folded-body-form';
import styles from '~/components/form.module.css';
import { api } from '~/trpc/react';

type Limit = { count: number; windowSeconds: number } | null;
type LimitKey = 'submission_limit.post' | 'submission_limit.topic' | 'submission_limit.message';

const useSetting = (onDone: (text: string) => void, onFail: (text: string) => void) => {
  const router = useRouter();
  return api.admin.updateSetting.useMutation({
    onSuccess: () => {
      onDone('Saved. It applies from the next request, on every instance.');
      router.refresh();
    },
    onError: (err) =>
      onFail(requestError(err, 'value', 'The settings office jammed. Nothing changed; try again.')),
  });
};

/** One submission limit: count per window in minutes; 0 switches it off. */
export function LimitSetting({
  settingKey,
  label,
  current,
  isDefault,
}: {
  settingKey: LimitKey;
  label: string;
  current: Limit;
  isDefault: boolean;
}) {
  const ids = useId();
  const [count, setCount] = useState(String(current?.count ?? 0));
  const [minutes, setMinutes] = useState(String((current?.windowSeconds ?? 600) / 60));
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSetting(setMessage, setProblem);

  function submit(value: UpdateSettingInput['value']) {
    setMessage(null);
    setProblem(null);
    save.mutate({ key: settingKey, value } as UpdateSettingInput);
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = { count: Number(count), windowSeconds: Math.round(Number(minutes) * 60) };
    const invalid = firstIssue(settingLimitSchema, value);
    if (invalid) return setProblem(invalid);
    submit(value);
  }
  return (
    <form
      className={styles.form}
      onSubmit={onSubmit}
      aria-label={label}
      data-testid={`setting-${settingKey}`}
      noValidate
    >
      <fieldset className={styles.row}>
        <legend className={styles.label}>{label}</legend>
        <label htmlFor={`${ids}-count`}>At most</label>
        <input
          id={`${ids}-count`}
          className="field"
          type="number"
          inputMode="numeric"
          min={0}
          value={count}
          onChange={(e) => setCount(e.target.value)}
          aria-describedby={problem ? `${ids}-error` : undefined}
        />
        <label htmlFor={`${ids}-window`}>per (minutes)</label>
        <input
          id={`${ids}-window`}
          className="field"
          type="number"
          inputMode="numeric"
          min={1}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
        <button type="submit" className="button" disabled={save.isPending}>
          Save
        </button>
        {isDefault ? null : (
          <button
            type="button"
            className="button button-quiet"
            disabled={save.isPending}
            onClick={() => submit(null)}
          >
            Restore the default
          </button>
        )}
      </fieldset>
      <Outcome id={`${ids}-error`} problem={problem} message={message} />
    </form>
  );
}

/** The wait between two appeals of one citizen, in minutes. */
export function CooldownSetting({ current, isDefault }: { current: number; isDefault: boolean }) {
  const ids = useId();
  const [minutes, setMinutes] = useState(String(current / 60));
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSetting(setMessage, setProblem);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const seconds = Math.round(Number(minutes) * 60);
    const invalid = firstIssue(appealCooldownSchema, seconds);
    if (invalid) return setProblem(invalid);
    setMessage(null);
    setProblem(null);
    save.mutate({ key: 'appeal_cooldown_seconds', value: seconds });
  }
  return (
    <form
      className={styles.form}
      onSubmit={onSubmit}
      aria-label="Appeal cooldown"
      data-testid="setting-appeal_cooldown_seconds"
      noValidate
    >
      <div className={styles.row}>
        <label htmlFor={`${ids}-minutes`} className={styles.label}>
          Minutes between two appeals of one citizen
        </label>
        <input
          id={`${ids}-minutes`}
          className="field"
          type="number"
          inputMode="numeric"
          min={0}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          aria-describedby={problem ? `${ids}-error` : undefined}
        />
        <button type="submit" className="button" disabled={save.isPending}>
          Save
        </button>
        {isDefault ? null : (
          <button
            type="button"
            className="button button-quiet"
            disabled={save.isPending}
            onClick={() => save.mutate({ key: 'appeal_cooldown_seconds', value: null })}
          >
            Restore the default
          </button>
        )}
      </div>
      <Outcome id={`${ids}-error`} problem={problem} message={message} />
    </form>
  );
}

function Outcome({
  id,
  problem,
  message,
}: {
  id: string;
  problem: string | null;
  message: string | null;
}) {
  return (
    <div aria-live="polite">
      {problem ? (
        <p id={id} className={styles.error}>
          {problem}
        </p>
      ) : message ? (
        <p data-testid="setting-saved">{message}</p>
      ) : null}
    </div>
  );
}
