'use client';

import Link from 'next/link';
import { Fragment, useId, useState, type FormEvent } from 'react';

import formStyles from '~/components/form.module.css';
import { OverlordMessage } from '~/components/overlord-message';
import { api } from '~/trpc/react';

import styles from './ask.module.css';

/** An action the Overlord drew up (docs/product.md §23): it runs only once the asker confirms. */
interface Proposal {
  id: string;
  description: string;
  state: 'open' | 'working' | 'done' | 'cancelled' | 'failed';
  /** What happened, announced in the region's live status. */
  outcome?: string;
}

interface Message {
  role: 'user' | 'assistant';
  content: string;
  proposal?: Proposal;
}

const QUESTION_MAX = 2_000;

/**
 * A random v4 UUID. `crypto.randomUUID` exists only in secure contexts, and a development
 * server reached over plain http on a LAN address is not one; getRandomValues works anywhere.
 */
function newChatId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const LINK = /(\/topics\/[0-9a-f-]{36}|\/citizens\/[\w%-]+|https?:\/\/[^\s)]+)/g;

/** Paths and web addresses in an answer become links. */
function Linked({ text }: { text: string }) {
  return (
    <>
      {text.split(LINK).map((part, i) =>
        i % 2 === 1 ? (
          part.startsWith('/') ? (
            <Link key={i} href={part}>
              {part}
            </Link>
          ) : (
            <a key={i} href={part} rel="noreferrer noopener">
              {part}
            </a>
          )
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

export function AskOverlord() {
  const utils = api.useUtils();
  const id = useId();
  // The server remembers the conversation under this id for this session; a new page (or a new
  // session) is a new conversation. The turns below are only what this page shows.
  const [chatId] = useState(newChatId);
  const [messages, setMessages] = useState<Message[]>([]);
  const [question, setQuestion] = useState('');
  const [streaming, setStreaming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = question.trim();
    if (!text) return setError('Ask something.');
    if (text.length > QUESTION_MAX) return setError('Keep a question under 2,000 characters.');
    const asked: Message[] = [...messages, { role: 'user' as const, content: text }];
    setMessages([...asked, { role: 'assistant', content: '' }]);
    setQuestion('');
    setError(null);
    setStreaming(true);
    try {
      const answer = await utils.client.chat.ask.mutate({ chatId, question: text });
      for await (const chunk of answer) {
        setMessages((all) => {
          const last = all.at(-1)!;
          const next =
            typeof chunk === 'string'
              ? { ...last, content: last.content + chunk }
              : {
                  ...last,
                  proposal: {
                    id: chunk.proposal.id,
                    description: chunk.proposal.description,
                    state: 'open' as const,
                  },
                };
          return [...all.slice(0, -1), next];
        });
      }
    } catch (err) {
      setMessages(asked.slice(0, -1));
      setQuestion(text);
      setError(err instanceof Error ? err.message : 'The Bureau is closed; try again.');
    } finally {
      setStreaming(false);
    }
  }

  function settle(index: number, change: Partial<Proposal>) {
    setMessages((all) =>
      all.map((m, i) =>
        i === index && m.proposal ? { ...m, proposal: { ...m.proposal, ...change } } : m,
      ),
    );
  }

  async function decideProposal(index: number, proposal: Proposal, confirm: boolean) {
    settle(index, { state: 'working' });
    try {
      if (confirm) {
        const done = await utils.client.chat.confirm.mutate({ proposalId: proposal.id });
        settle(index, { state: 'done', outcome: done.message });
      } else {
        await utils.client.chat.cancel.mutate({ proposalId: proposal.id });
        settle(index, { state: 'cancelled', outcome: 'Cancelled. Nothing has been done.' });
      }
    } catch (err) {
      settle(index, {
        state: 'failed',
        outcome: err instanceof Error ? err.message : 'The Bureau is closed; try again.',
      });
    }
  }

  return (
    <>
      <ol className={styles.conversation} aria-label="Conversation" aria-busy={streaming}>
        {messages.map((m, i) =>
          m.role === 'user' ? (
            <li key={i} className={styles.question} data-testid="chat-question">
              <span className="visually-hidden">You asked: </span>
              {m.content}
            </li>
          ) : (
            <li
              key={i}
              data-testid="chat-answer"
              data-done={!(streaming && i === messages.length - 1)}
            >
              <OverlordMessage label="The Overlord answers" srLabel="Overlord answer">
                {m.content ? <Linked text={m.content} /> : 'The Overlord consults the archives…'}
              </OverlordMessage>
              {m.proposal ? (
                <ProposalCard
                  proposal={m.proposal}
                  headingId={`${id}-proposal-${i}`}
                  onDecide={(confirm) => decideProposal(i, m.proposal!, confirm)}
                />
              ) : null}
            </li>
          ),
        )}
      </ol>
      <form
        className={formStyles.form}
        onSubmit={onSubmit}
        noValidate
        aria-label="Ask the Overlord"
      >
        <label htmlFor={id} className={formStyles.label}>
          Your question
        </label>
        <textarea
          id={id}
          className="field"
          rows={2}
          maxLength={QUESTION_MAX}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? true : undefined}
        />
        <div className={formStyles.row}>
          <button type="submit" className="button" disabled={streaming}>
            {streaming ? 'The Overlord speaks…' : 'Ask'}
          </button>
        </div>
        <div aria-live="polite">
          {error ? (
            <p id={`${id}-error`} className={formStyles.error}>
              {error}
            </p>
          ) : null}
        </div>
      </form>
    </>
  );
}

/**
 * The action in words, with Confirm and Cancel; what happened is announced in a live status.
 * Nothing runs until Confirm, and the server decides again then.
 */
function ProposalCard({
  proposal,
  headingId,
  onDecide,
}: {
  proposal: Proposal;
  headingId: string;
  onDecide: (confirm: boolean) => void;
}) {
  const open = proposal.state === 'open';
  return (
    <section
      className={styles.proposal}
      aria-labelledby={headingId}
      data-testid="chat-proposal"
      data-state={proposal.state}
    >
      <h2 id={headingId} className={styles.proposalHeading}>
        Proposed action: confirm or cancel
      </h2>
      <p>{proposal.description}</p>
      {open || proposal.state === 'working' ? (
        <div className={formStyles.row}>
          <button type="button" className="button" disabled={!open} onClick={() => onDecide(true)}>
            Confirm
          </button>
          <button
            type="button"
            className="button button-quiet"
            disabled={!open}
            onClick={() => onDecide(false)}
          >
            Cancel
          </button>
        </div>
      ) : null}
      <p role="status" data-testid="chat-proposal-status">
        {proposal.state === 'working' ? 'The Ministry is at work…' : (proposal.outcome ?? '')}
      </p>
    </section>
  );
}
