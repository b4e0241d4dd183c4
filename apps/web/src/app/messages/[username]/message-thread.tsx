'use client';

import { firstIssue, MAX_BODY_LENGTH, sendMessageInput } from '@overlord/validators';
import { useId, useRef, useState, type FormEvent } from 'react';

import { BodyField } from '~/components/body-field';
import { OverlordSays } from '~/components/overlord-says';
import { QueueStatusItem } from '~/components/queue-status';
import { formatTimestamp, plural } from '~/lib/format';
import { messageStatus } from '~/lib/messages';
import { api } from '~/trpc/react';

import styles from '../messages.module.css';
import { ReportMessage } from './report-message';
import { type ThreadMessage, type ThreadPage, useThread } from './use-thread';

const NOUN = { one: 'message', many: 'messages' };

export function MessageThread({ initialPage }: { initialPage: ThreadPage }) {
  const { username, messages, pending, hasEarlier, loadEarlier, loadingEarlier, stale } =
    useThread(initialPage);

  return (
    <>
      <section aria-labelledby="thread-title" className={styles.section}>
        <h2 id="thread-title" className="visually-hidden">
          Messages, oldest first
        </h2>
        <p className={styles.tally}>
          {plural(messages.length, 'message')} on file
          {pending > 0 ? <> · {pending} of yours in the tube</> : null}
          {stale ? <> · the pneumatic line is down; retrying</> : null}
        </p>
        {hasEarlier ? (
          <p className={styles.more}>
            <button
              type="button"
              className="button button-quiet"
              onClick={loadEarlier}
              disabled={loadingEarlier}
            >
              {loadingEarlier ? 'Fetching from the archive…' : 'Load earlier messages'}
            </button>
          </p>
        ) : null}
        {messages.length === 0 ? (
          <p className={styles.empty}>
            No messages yet. Write the first; the Overlord reads it first.
          </p>
        ) : (
          <ol className={styles.thread} aria-label={`Correspondence with @${username}`}>
            {messages.map((m) => (
              <li key={m.id} className={m.fromMe ? styles.mine : undefined}>
                <MessageCard message={m} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <ComposeMessage to={username} />
    </>
  );
}

function MessageCard({ message: m }: { message: ThreadMessage }) {
  const status = messageStatus(m);
  const headingId = `message-${m.id}`;
  return (
    <article
      className={`${styles.message} ${styles[status.tone]}`}
      data-testid="message"
      data-message-id={m.id}
      data-status={m.status}
      aria-labelledby={headingId}
    >
      <header className={styles.messageHead}>
        <h3 className={styles.author} id={headingId}>
          <span className="visually-hidden">Message from </span>
          {m.fromMe ? 'You' : `@${m.author.username}`}
        </h3>
        <time className={styles.time} dateTime={m.submittedAt.toISOString()}>
          {formatTimestamp(m.submittedAt)}
        </time>
      </header>
      <div className={styles.body}>{m.body}</div>
      {m.fromMe ? (
        <p className={styles.status} role="status" aria-live="polite" aria-atomic="true">
          <span className="visually-hidden">Status: </span>
          {status.label}
        </p>
      ) : null}
      {m.fromMe && m.status === 'pending' ? (
        <QueueStatusItem
          as="div"
          status={m}
          noun={NOUN}
          srLabel="Overlord commentary on your message"
        />
      ) : null}
      {m.fromMe && m.feedback && m.status !== 'pending' ? (
        <OverlordSays
          label={m.status === 'approved' ? 'Overlord verdict' : 'Overlord reasons'}
          srLabel={
            m.status === 'approved' ? 'Overlord verdict message' : 'Overlord rejection message'
          }
        >
          {m.feedback}
        </OverlordSays>
      ) : null}
      {!m.fromMe && m.status === 'approved' ? (
        <ReportMessage messageId={m.id} sender={m.author.username} />
      ) : null}
    </article>
  );
}

function describeError(error: { message: string; data?: unknown }): string {
  const data = (error.data ?? null) as {
    code?: string;
    fieldErrors?: Record<string, string[] | undefined> | null;
  };
  const field = data?.fieldErrors?.body?.[0] ?? data?.fieldErrors?.to?.[0];
  if (field) return field;
  if (data?.code === 'UNAUTHORIZED')
    return 'Citizen, identify yourself: only signed-in citizens may send messages.';
  if (data?.code === 'INTERNAL_SERVER_ERROR' || error.message.startsWith('[')) {
    return 'The pneumatic line jammed. Your message was not sent; try again.';
  }
  return error.message;
}

function ComposeMessage({ to }: { to: string }) {
  const utils = api.useUtils();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ rejected: boolean; text: string } | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const ids = useId();

  const send = api.messages.send.useMutation({
    onSuccess: async (result) => {
      if (result.status === 'rejected') {
        setNotice({
          rejected: true,
          text: result.feedback ?? 'Rejected at the safety screen. The message was not delivered.',
        });
      } else {
        setBody('');
        setNotice({
          rejected: false,
          text: 'Message received at the dispatch desk. It waits in the tube for evaluation and is delivered only if approved.',
        });
      }
      await utils.messages.thread.invalidate({ with: to });
    },
    onError: (err) => setError(describeError(err)),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const problem = firstIssue(sendMessageInput.shape.body, body);
    setError(problem);
    if (problem) {
      textarea.current?.focus();
      return;
    }
    send.mutate({ to, body: body.trim() });
  }

  return (
    <section className={styles.compose} aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className={styles.sectionTitle}>
        Write to @{to}
      </h2>
      <form onSubmit={onSubmit} noValidate className={styles.form}>
        <BodyField
          id={ids}
          label="Your message"
          hint="Plain text. Judged for logic and tone before delivery; insults are not delivered."
          rows={5}
          maxLength={MAX_BODY_LENGTH}
          value={body}
          onChange={setBody}
          textareaRef={textarea}
          error={error}
          submitLabel="Transmit message"
          pendingLabel="Transmitting…"
          pending={send.isPending}
        >
          {notice ? (
            <OverlordSays
              label={notice.rejected ? 'Terms violation notice' : 'Dispatch receipt'}
              srLabel={notice.rejected ? 'Overlord rejection notice' : 'Overlord dispatch receipt'}
            >
              {notice.text}
            </OverlordSays>
          ) : null}
        </BodyField>
      </form>
    </section>
  );
}
