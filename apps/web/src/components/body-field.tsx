'use client';

import type { ReactNode, RefObject } from 'react';

import styles from './form.module.css';

/**
 * The text box of every composer (statements, private messages): label, hint, the body with a
 * live character count, the submit button, and one polite live region for the error and
 * whatever the composer announces after it (`children`). Ids derive from `id`.
 */
export function BodyField({
  id,
  label,
  hint,
  rows,
  maxLength,
  value,
  onChange,
  textareaRef,
  error,
  submitLabel,
  pendingLabel,
  pending,
  children,
}: {
  id: string;
  label: string;
  hint: string;
  rows: number;
  maxLength: number;
  value: string;
  onChange: (value: string) => void;
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
  error: string | null;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  children?: ReactNode;
}) {
  const remaining = maxLength - value.length;
  return (
    <>
      <label htmlFor={`${id}-body`} className={styles.label}>
        {label}
      </label>
      <p id={`${id}-hint`} className={styles.hint}>
        {hint}
      </p>
      <textarea
        ref={textareaRef}
        id={`${id}-body`}
        name="body"
        className="field"
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-hint ${id}-count${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
      />
      <div className={styles.row}>
        <p id={`${id}-count`} className={remaining < 0 ? styles.over : styles.hint}>
          {remaining.toLocaleString('en')} characters left
        </p>
        <button type="submit" className="button" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
      </div>
      <div aria-live="polite">
        {error ? (
          <p id={`${id}-error`} className={styles.error}>
            {error}
          </p>
        ) : null}
        {children}
      </div>
    </>
  );
}
