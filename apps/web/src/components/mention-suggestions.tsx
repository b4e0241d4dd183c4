'use client';

import { mentionAtCaret } from '@overlord/validators';
import { type RefObject, useEffect, useState } from 'react';

import { api } from '~/trpc/react';

import styles from './form.module.css';

/**
 * `@username` autocomplete for a composer (docs/product.md §17): while the caret ends an
 * `@prefix`, the Registry's matches are offered as buttons; choosing one completes the name.
 */
export function MentionSuggestions({
  body,
  onChange,
  textareaRef,
}: {
  body: string;
  onChange: (body: string) => void;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
}) {
  const [caret, setCaret] = useState(0);
  useEffect(() => {
    const textarea = textareaRef.current;
    if (!textarea) return;
    const track = () => setCaret(textarea.selectionStart);
    track();
    textarea.addEventListener('keyup', track);
    textarea.addEventListener('click', track);
    textarea.addEventListener('input', track);
    return () => {
      textarea.removeEventListener('keyup', track);
      textarea.removeEventListener('click', track);
      textarea.removeEventListener('input', track);
    };
  }, [textareaRef]);

  const prefix = mentionAtCaret(body, Math.min(caret, body.length));
  const matches = api.users.registry.useQuery(
    { q: prefix ?? '', pageSize: 5 },
    { enabled: prefix !== null && prefix.length >= 2, staleTime: 30_000 },
  );
  if (prefix === null || prefix.length < 2) return null;
  const names = (matches.data?.items ?? []).map((c) => c.username);
  if (names.length === 0) return null;

  function complete(name: string) {
    const end = Math.min(caret, body.length);
    const start = end - (prefix?.length ?? 0);
    const next = `${body.slice(0, start)}${name} ${body.slice(end)}`;
    onChange(next);
    const position = start + name.length + 1;
    requestAnimationFrame(() => {
      textareaRef.current?.focus();
      textareaRef.current?.setSelectionRange(position, position);
      setCaret(position);
    });
  }

  return (
    <div className={styles.hint} data-testid="mention-suggestions">
      <span id="mention-suggestions-label">Mention a citizen:</span>{' '}
      <ul aria-labelledby="mention-suggestions-label" style={{ display: 'inline', padding: 0 }}>
        {names.map((name) => (
          <li key={name} style={{ display: 'inline', marginRight: '0.5rem' }}>
            <button type="button" className="button button-quiet" onClick={() => complete(name)}>
              @{name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
