'use client';

import { firstIssue, MAX_BODY_LENGTH, submitPostInput } from '@overlord/validators';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

import { BodyField } from '~/components/body-field';
import { MentionSuggestions } from '~/components/mention-suggestions';
import { OverlordSays } from '~/components/overlord-says';
import { quoteAsMarkdown } from '~/components/quote-button';
import { StatementPreview } from '~/components/statement-preview';
import { clearDraft, saveDraft, takeDraft } from '~/lib/drafts';
import { api } from '~/trpc/react';

import styles from './topic.module.css';
import type { PublicPost } from './use-topic-posts';

type Notice = { tone: 'received' | 'rejected' | 'restored'; text: string } | null;

/** Said when the line to the api is down: nothing was sent, and the draft stays. */
const OFFLINE_TEXT =
  'No line to the Ministry: this device is offline. Your statement was not filed; it is kept here as a draft. Press submit again once you are back online.';

/** The api did not answer (down, or the connection dropped): the same promise, another cause. */
const NO_ANSWER_TEXT =
  'The pneumatic line is down: your statement was not filed. It is kept here as a draft; press submit again shortly.';

/** A request that never reached the api (offline, connection refused) carries no tRPC data. */
const neverArrived = (error: { data?: unknown }) => error.data === undefined || error.data === null;

function describeError(error: { message: string; data?: unknown }): string {
  const data = (error.data ?? null) as {
    code?: string;
    fieldErrors?: Record<string, string[] | undefined> | null;
  };
  const field = data?.fieldErrors?.body?.[0] ?? data?.fieldErrors?.parentId?.[0];
  if (field) return field;
  if (data?.code === 'UNAUTHORIZED')
    return 'Citizen, identify yourself: only signed-in citizens may submit statements.';
  if (data?.code === 'INTERNAL_SERVER_ERROR' || error.message.startsWith('[')) {
    return 'The pneumatic line jammed. Your statement was not filed; try again.';
  }
  return error.message;
}

export function ComposeStatement({
  topicId,
  replyTo,
  quote = null,
  onCancelReply,
  revising = null,
  onCancelRevise = () => {},
  onSubmitted = () => {},
}: {
  topicId: string;
  replyTo: PublicPost | null;
  /** A passage to quote at the top of the reply (docs/product.md §17). */
  quote?: { text: string } | null;
  onCancelReply: () => void;
  /** The author's calibrated statement being revised (docs/product.md §5: calibrate → resubmit). */
  revising?: { id: string; body: string } | null;
  onCancelRevise?: () => void;
  /** A statement entered the queue (its id), so the status card can follow it at once. */
  onSubmitted?: (id: string) => void;
}) {
  const utils = api.useUtils();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const ids = useId();

  useEffect(() => {
    if (replyTo) textarea.current?.focus();
  }, [replyTo]);

  useEffect(() => {
    if (!quote) return;
    setBody((current) => `${quoteAsMarkdown(quote.text)}\n\n${current}`);
    textarea.current?.focus();
  }, [quote]);

  useEffect(() => {
    if (!revising) return;
    setBody(revising.body);
    setNotice(null);
    textarea.current?.focus();
  }, [revising]);

  // A draft kept in this browser (typed before a reload, a lost connection or the sign-in round
  // trip) is put back untouched and unsent: only the citizen's own submit sends it.
  useEffect(() => {
    const draft = takeDraft('post', topicId);
    if (!draft?.body.trim()) return;
    setBody(draft.body);
    setNotice({
      tone: 'restored',
      text: 'Your draft was kept in this browser, unsent. Review it and submit it when ready.',
    });
  }, [topicId]);

  // Every keystroke is kept (docs/product.md §2: compose, kept as a draft in the browser), so
  // going offline or reloading loses nothing. A revision of a calibrated statement is not a
  // draft of a new one and is not kept.
  function edit(value: string) {
    setBody(value);
    if (revising) return;
    if (value.trim()) saveDraft('post', topicId, { body: value, parentId: replyTo?.id ?? null });
    else clearDraft('post', topicId);
  }

  const submit = api.posts.submit.useMutation({
    onSuccess: async (result) => {
      if (result.status === 'rejected') {
        setNotice({
          tone: 'rejected',
          text:
            result.feedback ??
            'Rejected at the safety screen. The statement never reached the public.',
        });
      } else {
        setBody('');
        clearDraft('post', topicId);
        onCancelReply();
        onCancelRevise();
        onSubmitted(result.id);
        setNotice({
          tone: 'received',
          text: 'Statement received. It is on the public record and waits in the queue for evaluation.',
        });
      }
      await utils.posts.byTopic.invalidate({ topicId });
    },
    onError: (err) => {
      if ((err.data as { code?: string } | undefined)?.code === 'UNAUTHORIZED') {
        // Anonymous: keep the draft in this browser, go through sign-in, come back to it.
        saveDraft('post', topicId, { body, parentId: replyTo?.id ?? null });
        window.location.assign(`/sign-in?callbackUrl=${encodeURIComponent(`/topics/${topicId}`)}`);
        return;
      }
      if (neverArrived(err)) setError(navigator.onLine ? NO_ANSWER_TEXT : OFFLINE_TEXT);
      else setError(describeError(err));
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const problem = firstIssue(submitPostInput.shape.body, body);
    setError(problem);
    if (problem) {
      textarea.current?.focus();
      return;
    }
    if (!navigator.onLine) {
      setError(OFFLINE_TEXT);
      return;
    }
    submit.mutate(
      revising
        ? { topicId, resubmissionOf: revising.id, body: body.trim() }
        : { topicId, parentId: replyTo?.id ?? null, body: body.trim() },
    );
  }

  return (
    <section className={styles.compose} aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className={styles.composeTitle}>
        {revising ? 'Revise and resubmit' : replyTo ? 'Submit a reply' : 'Submit a statement'}
      </h2>
      <form onSubmit={onSubmit} noValidate>
        {revising ? (
          <p className={styles.replyingTo}>
            Revising your calibrated statement.{' '}
            <button type="button" className={styles.reply} onClick={onCancelRevise}>
              Cancel revision
            </button>
          </p>
        ) : null}
        {replyTo ? (
          <p className={styles.replyingTo}>
            Replying to <strong>@{replyTo.author.username}</strong>{' '}
            <button type="button" className={styles.reply} onClick={onCancelReply}>
              Cancel reply
            </button>
          </p>
        ) : null}
        <BodyField
          id={ids}
          label="Your statement"
          hint="Markdown: *emphasis*, **strong**, lists, > quotes, `code` and links. Judged as written, for logic, tone and relevance; visible at once, marked as in evaluation."
          rows={6}
          maxLength={MAX_BODY_LENGTH}
          value={body}
          onChange={edit}
          textareaRef={textarea}
          error={error}
          submitLabel="Submit to the Overlord"
          pendingLabel="Filing…"
          pending={submit.isPending}
        >
          {notice ? (
            <OverlordSays
              label={
                notice.tone === 'rejected'
                  ? 'Terms violation notice'
                  : notice.tone === 'restored'
                    ? 'Draft restored'
                    : 'Filing receipt'
              }
              srLabel={
                notice.tone === 'rejected' ? 'Overlord rejection notice' : 'Overlord filing receipt'
              }
            >
              {notice.text}
            </OverlordSays>
          ) : null}
        </BodyField>
        <MentionSuggestions body={body} onChange={setBody} textareaRef={textarea} />
        <StatementPreview body={body} />
      </form>
    </section>
  );
}
