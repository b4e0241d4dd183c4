'use client';

import {
  appealCooldownSchema,
  BADGE_SLUGS,
  type BadgeSlug,
  badgeThresholdsSchema,
  fieldIssues,
  firstIssue,
  LOYALTY_GAINS,
  LOYALTY_PENALTIES,
  type LoyaltyWeightKind,
  loyaltyWeightsSchema,
  modelSpendCapSchema,
  settingLimitSchema,
  topSharePercentSchema,
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
  return (
    <NumbersSetting
      settingKey={settingKey}
      label={label}
      legend={label}
      fields={[
        { name: 'count', label: 'At most', hint: '0 switches the limit off.', min: 0 },
        { name: 'minutes', label: 'per (minutes)', min: 1 },
      ]}
      initial={{ count: current?.count ?? 0, minutes: (current?.windowSeconds ?? 600) / 60 }}
      check={({ count, minutes }) => {
        const value = { count, windowSeconds: Math.round(minutes * 60) };
        // The schema speaks of seconds; its message goes under the field typed in minutes.
        const { windowSeconds, ...issues } = fieldIssues(settingLimitSchema, value) as Record<
          string,
          string
        >;
        const errors = windowSeconds ? { ...issues, minutes: windowSeconds } : issues;
        return Object.keys(errors).length > 0 ? { errors } : { value };
      }}
      isDefault={isDefault}
    />
  );
}

/** The wait between two appeals of one citizen, in minutes. */
export function CooldownSetting({ current, isDefault }: { current: number; isDefault: boolean }) {
  return (
    <NumbersSetting
      settingKey="appeal_cooldown_seconds"
      label="Appeal cooldown"
      fields={[{ name: 'minutes', label: 'Minutes between two appeals of one citizen', min: 0 }]}
      initial={{ minutes: current / 60 }}
      check={({ minutes }) => checkOne('minutes', appealCooldownSchema, Math.round(minutes * 60))}
      isDefault={isDefault}
    />
  );
}

/** A number typed in a field: an empty field is no number at all (not 0). */
const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

export interface NumberField<K extends string> {
  name: K;
  label: string;
  /** Said under the field (its range, its unit). */
  hint?: string;
  step?: number;
  min?: number;
  max?: number;
}

type Checked =
  { value: unknown; errors?: undefined } | { value?: undefined; errors: Record<string, string> };

/**
 * A setting made of one or more numbers (every setting on the page): each field labelled, each error said under its field in the shared schema's
 * words (@overlord/validators, the procedure's own), the first wrong field focused. `confirm`
 * may ask a question before a value is sent (a spend cap already reached today).
 */
function NumbersSetting<K extends string>({
  settingKey,
  label,
  legend,
  fields,
  initial,
  check,
  confirm,
  isDefault,
  restoreLabel = 'Restore the default',
}: {
  settingKey: UpdateSettingInput['key'];
  /** The form's accessible name. */
  label: string;
  /** Said above the fields (a single field's own label suffices when absent). */
  legend?: string;
  fields: readonly NumberField<K>[];
  initial: Record<K, number>;
  /** The value to send, or an error per field. */
  check: (numbers: Record<K, number>) => Checked;
  confirm?: (value: unknown) => string | null;
  isDefault: boolean;
  restoreLabel?: string;
}) {
  const ids = useId();
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.name, String(initial[f.name])])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [question, setQuestion] = useState<{ text: string; value: unknown } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSetting(setMessage, setProblem);

  function send(value: unknown) {
    setQuestion(null);
    setMessage(null);
    setProblem(null);
    save.mutate({ key: settingKey, value } as UpdateSettingInput);
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    setProblem(null);
    setQuestion(null);
    const numbers = Object.fromEntries(
      fields.map((f) => [f.name, numberOf(texts[f.name] ?? '')]),
    ) as Record<K, number>;
    const checked = check(numbers);
    if (checked.errors) {
      setErrors(checked.errors);
      const first = fields.find((f) => checked.errors[f.name]);
      if (first) document.getElementById(`${ids}-${first.name}`)?.focus();
      setProblem('Nothing was saved: correct the marked fields.');
      return;
    }
    setErrors({});
    const ask = confirm?.(checked.value) ?? null;
    if (ask) return setQuestion({ text: ask, value: checked.value });
    send(checked.value);
  }
  const describedBy = (name: string) =>
    [
      fields.find((f) => f.name === name)?.hint ? `${ids}-${name}-hint` : null,
      errors[name] ? `${ids}-${name}-error` : null,
    ]
      .filter(Boolean)
      .join(' ') || undefined;

  const inputs = fields.map((f) => (
    <div key={f.name} className={styles.field}>
      <label htmlFor={`${ids}-${f.name}`}>{f.label}</label>
      {f.hint ? (
        <p id={`${ids}-${f.name}-hint`} className={styles.hint}>
          {f.hint}
        </p>
      ) : null}
      <input
        id={`${ids}-${f.name}`}
        name={f.name}
        className="field"
        type="number"
        inputMode={f.step !== undefined && f.step < 1 ? 'decimal' : 'numeric'}
        step={f.step ?? 1}
        min={f.min}
        max={f.max}
        value={texts[f.name] ?? ''}
        onChange={(e) => setTexts((t) => ({ ...t, [f.name]: e.target.value }))}
        aria-describedby={describedBy(f.name)}
        aria-invalid={errors[f.name] ? true : undefined}
      />
      {errors[f.name] ? (
        <p id={`${ids}-${f.name}-error`} className={styles.error}>
          {errors[f.name]}
        </p>
      ) : null}
    </div>
  ));

  return (
    <form
      className={styles.form}
      onSubmit={onSubmit}
      aria-label={label}
      data-testid={`setting-${settingKey}`}
      noValidate
    >
      {legend ? (
        <fieldset className={styles.field}>
          <legend className={styles.label}>{legend}</legend>
          {inputs}
        </fieldset>
      ) : (
        inputs
      )}
      <div className={styles.row}>
        <button type="submit" className="button" disabled={save.isPending}>
          Save
        </button>
        {isDefault ? null : (
          <button
            type="button"
            className="button button-quiet"
            disabled={save.isPending}
            onClick={() => send(null)}
          >
            {restoreLabel}
          </button>
        )}
      </div>
      {question ? (
        <div className={styles.form} data-testid="confirm-setting">
          <p role="alert">{question.text}</p>
          <div className={styles.row}>
            <button
              type="button"
              className="button"
              disabled={save.isPending}
              onClick={() => send(question.value)}
            >
              Confirm
            </button>
            <button
              type="button"
              className="button button-quiet"
              disabled={save.isPending}
              onClick={() => setQuestion(null)}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <Outcome id={`${ids}-error`} problem={problem} message={message} />
    </form>
  );
}

/** Per-field messages of a schema over an object, or the value it parses to. */
function checkWith(schema: Parameters<typeof fieldIssues>[0], value: unknown): Checked {
  const issues = fieldIssues(schema, value) as Record<string, string>;
  return Object.keys(issues).length > 0 ? { errors: issues } : { value };
}

/** One field's schema: its message, under that field. */
function checkOne(name: string, schema: Parameters<typeof firstIssue>[0], value: unknown): Checked {
  const issue = firstIssue(schema, value);
  return issue ? { errors: { [name]: issue } } : { value };
}

/** The share of the leaderboard (whole percent) that may propose topics. */
export function TopShareSetting({ current, isDefault }: { current: number; isDefault: boolean }) {
  return (
    <NumbersSetting
      settingKey="top_share_percent"
      label="Top share allowed to propose topics"
      fields={[
        {
          name: 'percent',
          label: 'Percent of citizens, by rank, who may propose topics',
          hint: 'A whole number from 1 to 100. Their loyalty must also be above zero.',
          min: 1,
          max: 100,
        },
      ]}
      initial={{ percent: current }}
      check={({ percent }) => checkOne('percent', topSharePercentSchema, percent)}
      isDefault={isDefault}
    />
  );
}

/** The daily cap on model spend, in US dollars; none by default. */
export function SpendCapSetting({
  current,
  spentToday,
  isDefault,
}: {
  current: number | null;
  spentToday: number;
  isDefault: boolean;
}) {
  return (
    <NumbersSetting
      settingKey="model_spend_cap_usd_per_day"
      label="Model spend cap"
      fields={[
        {
          name: 'usd',
          label: 'US dollars per day (UTC)',
          hint: 'At least one cent. When today’s spend reaches it, waiting items stay in their queues and new ones are held for moderators until midnight UTC or a higher cap.',
          step: 0.01,
          min: 0.01,
        },
      ]}
      initial={{ usd: current ?? Math.max(1, Math.ceil(spentToday * 2)) }}
      check={({ usd }) => checkOne('usd', modelSpendCapSchema, usd)}
      confirm={(usd) =>
        typeof usd === 'number' && usd <= spentToday
          ? `Today’s spend ($${spentToday.toFixed(2)}) has already reached $${usd.toFixed(2)}: every model call stops until midnight UTC. Set this cap?`
          : null
      }
      isDefault={isDefault}
      restoreLabel="Remove the cap"
    />
  );
}

const WEIGHT_LABELS: Record<LoyaltyWeightKind, string> = {
  topic_approved: 'Topic proposal approved',
  topic_rejected: 'Topic proposal rejected',
  post_approved: 'Statement approved',
  post_rejected: 'Statement rejected',
  message_approved: 'Private message approved',
  message_rejected: 'Private message rejected',
  appeal_sustained: 'Appeal sustained (extra, on top of the approval)',
  appeal_denied: 'Appeal denied',
  flag_sustained: 'Report sustained, for the author (extra, on top of the rejection)',
  flag_dismissed: 'Report dismissed, for the reporter',
};

/** What each kind of moderation event moves a citizen's loyalty by. */
export function LoyaltyWeightsSetting({
  current,
  isDefault,
}: {
  current: Record<LoyaltyWeightKind, number>;
  isDefault: boolean;
}) {
  const fields = [
    ...LOYALTY_GAINS.map((name) => ({
      name,
      label: WEIGHT_LABELS[name],
      min: 0,
      hint: '0 or more',
    })),
    ...LOYALTY_PENALTIES.map((name) => ({
      name,
      label: WEIGHT_LABELS[name],
      max: 0,
      hint: '0 or less',
    })),
  ];
  return (
    <NumbersSetting
      settingKey="loyalty_weights"
      label="Loyalty weights"
      legend="Points per event"
      fields={fields}
      initial={current}
      check={(weights) => checkWith(loyaltyWeightsSchema, weights)}
      isDefault={isDefault}
    />
  );
}

/** How many statements earn each badge, and the logic score Master of Logic counts. */
export function BadgeThresholdsSetting({
  current,
  names,
  isDefault,
}: {
  current: { counts: Record<BadgeSlug, number>; minLogic: number };
  names: Record<BadgeSlug, string>;
  isDefault: boolean;
}) {
  const fields = [
    ...BADGE_SLUGS.map((slug) => ({
      name: slug,
      label: `${names[slug]}: statements needed`,
      min: 1,
    })),
    {
      name: 'minLogic' as const,
      label: 'Master of Logic: lowest logic score that counts',
      hint: 'From 0 to 1, as the Overlord scores logic.',
      step: 0.05,
      min: 0,
      max: 1,
    },
  ];
  return (
    <NumbersSetting
      settingKey="badge_thresholds"
      label="Badge thresholds"
      legend="Thresholds"
      fields={fields}
      initial={{ ...current.counts, minLogic: current.minLogic }}
      check={({ minLogic, ...counts }) => {
        const countIssues = fieldIssues(badgeThresholdsSchema.shape.counts, counts) as Record<
          string,
          string
        >;
        const logicIssue = firstIssue(badgeThresholdsSchema.shape.minLogic, minLogic);
        const errors = { ...countIssues, ...(logicIssue ? { minLogic: logicIssue } : {}) };
        return Object.keys(errors).length > 0 ? { errors } : { value: { counts, minLogic } };
      }}
      isDefault={isDefault}
    />
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
