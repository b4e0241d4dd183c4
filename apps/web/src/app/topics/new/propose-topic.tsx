'use client';

import {
  createTopicInput,
  fieldIssues,
  TOPIC_DESCRIPTION_MAX,
  TOPIC_DESCRIPTION_MIN,
  TOPIC_TITLE_MAX,
  TOPIC_TITLE_MIN,
} from '@overlord/validators';
import Link from 'next/link';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

import styles from '~/components/form.module.css';
import { OverlordSays } from '~/components/overlord-says';
import { TopicStatus } from '~/components/topic-status';
import { clearDraft, saveDraft, takeDraft } from '~/lib/drafts';
import { topicRightRefusal, topShareName } from '~/lib/topics';
import { api } from '~/trpc/react';

/** One proposal form per browser: the draft's scope. */
const SCOPE = 'new';
const HERE = '/topics/new';

interface TopicFields {
  title: string;
  description: string;
}
type TopicErrors = Partial<Record<keyof TopicFields, string>>;

type Notice =
  | { tone: 'restored' | 'refused' | 'rejected' | 'failed'; text: string }
  | { tone: 'received'; topicId: string }
  | null;

const LABELS = {
  restored: ['Draft restored', 'Overlord notice'],
  refused: ['Insufficient standing', 'Overlord refusal'],
  rejected: ['Terms violation notice', 'Overlord rejection notice'],
  failed: ['Filing fault', 'Overlord notice'],
  received: ['Filing receipt', 'Overlord filing receipt'],
} as const;

export function ProposeTopic({
  viewer,
}: {
  viewer: { username: string; canCreateTopics: boolean; topSharePercent: number } | null;
}) {
  const [fields, setFields] = useState<TopicFields>({ title: '', description: '' });
  const [errors, setErrors] = useState<TopicErrors>({});
  const [notice, setNotice] = useState<Notice>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  const ids = useId();

  // Back from sign-in (or a reload): the proposal is put back, untouched and unsent.
  useEffect(() => {
    const draft = takeDraft('topic', SCOPE);
    if (!draft) return;
    setFields(draft);
    setNotice({
      tone: 'restored',
      text: 'Your proposal survived identification intact. Review it and submit it when ready.',
    });
  }, []);

  function toSignIn() {
    saveDraft('topic', SCOPE, fields);
    window.location.assign(`/sign-in?callbackUrl=${encodeURIComponent(HERE)}`);
  }

  const create = api.topics.create.useMutation({
    onSuccess: (result) => {
      clearDraft('topic', SCOPE);
      if (result.status === 'rejected') {
        setNotice({
          tone: 'rejected',
          text:
            result.feedback ??
            'Rejected at the safety screen. The proposal never reached the public.',
        });
        return;
      }
      setFields({ title: '', description: '' });
      setNotice({ tone: 'received', topicId: result.id });
    },
    onError: (err) => {
      const data = (err.data ?? null) as {
        code?: string;
        fieldErrors?: Record<string, string[] | undefined> | null;
      } | null;
      if (data?.code === 'UNAUTHORIZED') return toSignIn();
      if (data?.code === 'FORBIDDEN') {
        saveDraft('topic', SCOPE, fields);
        return setNotice({
          tone: 'refused',
          text: topicRightRefusal(viewer?.topSharePercent ?? 10),
        });
      }
      const title = data?.fieldErrors?.title?.[0];
      const description = data?.fieldErrors?.description?.[0];
      if (title || description) return setErrors({ title, description });
      setNotice({
        tone: 'failed',
        text:
          data?.code === 'TOO_MANY_REQUESTS' || data?.code === 'PRECONDITION_FAILED'
            ? err.message
            : 'The pneumatic line jammed. Your proposal was not filed; try again.',
      });
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const problems: TopicErrors = fieldIssues(createTopicInput, fields);
    setErrors(problems);
    if (problems.title) return titleRef.current?.focus();
    if (problems.description) return descriptionRef.current?.focus();
    // Nothing leaves the browser before sign-in (docs/product.md §3).
    if (!viewer) return toSignIn();
    create.mutate({ title: fields.title.trim(), description: fields.description.trim() });
  }

  const describedBy = (name: keyof TopicFields) =>
    `${ids}-${name}-hint${errors[name] ? ` ${ids}-${name}-error` : ''}`;

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Topic proposal">
      {viewer && !viewer.canCreateTopics ? (
        <p className={styles.notice}>
          Citizen {viewer.username}, your loyalty does not yet place you among the most loyal{' '}
          {topShareName(viewer.topSharePercent)}. You may compose; the Bureau decides on submission.
        </p>
      ) : null}
      <div className={styles.field}>
        <label htmlFor={`${ids}-title`} className={styles.label}>
          Title
        </label>
        <p id={`${ids}-title-hint`} className={styles.hint}>
          A question, {TOPIC_TITLE_MIN} to {TOPIC_TITLE_MAX} characters.
        </p>
        <input
          ref={titleRef}
          id={`${ids}-title`}
          name="title"
          className="field"
          value={fields.title}
          onChange={(e) => setFields((f) => ({ ...f, title: e.target.value }))}
          aria-describedby={describedBy('title')}
          aria-invalid={errors.title ? true : undefined}
        />
        {errors.title ? (
          <p id={`${ids}-title-error`} className={styles.error}>
            {errors.title}
          </p>
        ) : null}
      </div>
      <div className={styles.field}>
        <label htmlFor={`${ids}-description`} className={styles.label}>
          Description
        </label>
        <p id={`${ids}-description-hint`} className={styles.hint}>
          What should citizens debate, and why? {TOPIC_DESCRIPTION_MIN} to{' '}
          {TOPIC_DESCRIPTION_MAX.toLocaleString('en')} characters;{' '}
          {(TOPIC_DESCRIPTION_MAX - fields.description.length).toLocaleString('en')} left.
        </p>
        <textarea
          ref={descriptionRef}
          id={`${ids}-description`}
          name="description"
          className="field"
          rows={8}
          value={fields.description}
          onChange={(e) => setFields((f) => ({ ...f, description: e.target.value }))}
          aria-describedby={describedBy('description')}
          aria-invalid={errors.description ? true : undefined}
        />
        {errors.description ? (
          <p id={`${ids}-description-error`} className={styles.error}>
            {errors.description}
          </p>
        ) : null}
      </div>
      <div className={styles.row}>
        <p className={styles.hint}>
          {viewer ? 'Filed under your name.' : 'You will be asked to identify yourself first.'}
        </p>
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? 'Filing…' : 'Submit proposal'}
        </button>
      </div>
      <div aria-live="polite" data-testid="topic-notice">
        {notice ? (
          <OverlordSays label={LABELS[notice.tone][0]} srLabel={LABELS[notice.tone][1]}>
            {notice.tone === 'received' ? (
              <>
                In evaluation by the Topic Approval Bureau. Your topic is public at once, marked in
                evaluation. <Link href={`/topics/${notice.topicId}`}>View your topic</Link>
              </>
            ) : (
              notice.text
            )}
          </OverlordSays>
        ) : null}
      </div>
      {notice?.tone === 'received' ? <TopicStatus topicId={notice.topicId} /> : null}
    </form>
  );
}
