'use client';

// Revising one's own approved statement (docs/product.md §17): a new text, judged in the topic's
// queue like any statement, while the approved text stays up. The form is the compose form's
// (the same text box, mentions and preview); the api has the last word on whether a revision
// may be filed, and its refusal is shown as said.
import { firstIssue, MAX_BODY_LENGTH, revisePostInput } from '@overlord/validators';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

import { BodyField } from '~/components/body-field';
import { MentionSuggestions } from '~/components/mention-suggestions';
import { OverlordSays } from '~/components/overlord-says';
import { StatementPreview } from '~/components/statement-preview';
import { api } from '~/trpc/react';

import styles from './statement.module.css';

const OFFLINE_TEXT =
  'No line to the Ministry: this device is offline. Your revision was not filed; press submit again once you are back online.';
const NO_ANSWER_TEXT =
  'The pneumatic line is down: your revision was not filed. Press submit again shortly.';

interface ErrorData {
  code?: string;
  fieldErrors?: Record<string, string[] | undefined> | null;
}

function describeError(error: { message: string; data?: ErrorData | null }): string {
  const data = error.data;
  // A request that never reached the api (offline, connection refused) carries no tRPC data.
  if (!data) return navigator.onLine ? NO_ANSWER_TEXT : OFFLINE_TEXT;
  const field = data.fieldErrors?.body?.[0];
  if (field) return field;
  if (data.code === 'UNAUTHORIZED')
    return 'Citizen, identify yourself: only signed-in citizens may revise their statements.';
  if (data.code === 'INTERNAL_SERVER_ERROR') {
    return 'The pneumatic line jammed. Your revision was not filed; try again.';
  }
  return error.message;
}

export function ReviseStatement({
  id,
  body,
  waiting,
  returned,
}: {
  /** The approved statement. */
  id: string;
  /** Its text on record: where the revision starts. */
  body: string;
  /** A revision of it waits in the queue: one at a time, so nothing to offer until its verdict. */
  waiting: boolean;
  /** The author's last revision, returned for calibration: its text and the guidance. */
  returned: { body: string; feedback: string | null } | null;
}) {
  const router = useRouter();
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(returned?.body ?? body);
  const [error, setError] = useState<string | null>(null);
  const [rejected, setRejected] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  // Arriving from the topic page's "Revise" link (#revise) opens the form at once.
  const waitingAtFirst = useRef(waiting);
  useEffect(() => {
    if (!waitingAtFirst.current && window.location.hash === '#revise') setOpen(true);
  }, []);
  useEffect(() => {
    if (open) textarea.current?.focus();
  }, [open]);

  const revise = api.posts.revise.useMutation({
    onSuccess: (result) => {
      if (result.status === 'rejected') {
        setRejected(
          result.feedback ??
            'Rejected at the safety screen. The revision went to your Graveyard; the approved text stands.',
        );
        router.refresh();
        return;
      }
      setOpen(false);
      // Filed: "#revise" no longer asks for the form (it would reopen it once this one is judged).
      if (window.location.hash === '#revise') {
        const { pathname, search } = window.location;
        window.history.replaceState(window.history.state, '', `${pathname}${search}`);
      }
      // The page reads the record again: the revision now waits, with its status card.
      router.refresh();
    },
    onError: (err) => setError(describeError(err)),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setRejected(null);
    const problem = firstIssue(revisePostInput.shape.body, text);
    setError(problem);
    if (problem) {
      textarea.current?.focus();
      return;
    }
    if (!navigator.onLine) {
      setError(OFFLINE_TEXT);
      return;
    }
    revise.mutate({ id, body: text.trim() });
  }

  if (waiting) return null;

  function close() {
    setOpen(false);
    setError(null);
    opener.current?.focus();
  }

  return (
    <section id="revise" className={styles.revise} aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className={styles.sectionTitle}>
        Revise your statement
      </h2>
      {returned ? (
        <OverlordSays label="Your last revision was returned for calibration">
          {returned.feedback ?? 'Improve it as instructed and submit it again.'}
        </OverlordSays>
      ) : null}
      {open ? (
        <form onSubmit={onSubmit} noValidate data-testid="revise-form">
          <BodyField
            id={ids}
            label="Your revised statement"
            hint="Markdown: *emphasis*, **strong**, lists, > quotes, `code` and links. The revision waits in this topic's queue and is judged like any statement; the approved text stays up until the Overlord approves it."
            rows={6}
            maxLength={MAX_BODY_LENGTH}
            value={text}
            onChange={setText}
            textareaRef={textarea}
            error={error}
            submitLabel="Submit the revision"
            pendingLabel="Filing…"
            pending={revise.isPending}
          >
            {rejected ? (
              <OverlordSays label="Terms violation notice" srLabel="Overlord rejection notice">
                {rejected}
              </OverlordSays>
            ) : null}
          </BodyField>
          <MentionSuggestions body={text} onChange={setText} textareaRef={textarea} />
          <StatementPreview body={text} />
          <p>
            <button type="button" className="button button-quiet" onClick={close}>
              Cancel revision
            </button>
          </p>
        </form>
      ) : (
        <p>
          <button
            ref={opener}
            type="button"
            className="button"
            onClick={() => {
              setError(null);
              setOpen(true);
            }}
          >
            Revise statement
          </button>
        </p>
      )}
    </section>
  );
}
