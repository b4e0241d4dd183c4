import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';

import { formatTimestamp } from '~/lib/format';
import { trpcErrorCode } from '~/trpc/errors';
import { getServerApi } from '~/trpc/server';

import styles from './messages.module.css';
import { SignInPrompt } from './sign-in-prompt';

export const metadata: Metadata = { title: 'Private correspondence' };
export const dynamic = 'force-dynamic';

const USERNAME = /^[\p{L}\p{N}_.-]{1,64}$/u;

export default async function MessagesPage({
  searchParams,
}: {
  searchParams: Promise<{ to?: string }>;
}) {
  const { to } = await searchParams;
  const trimmed = to?.trim().replace(/^@/, '');
  // The "open a conversation" form works without JavaScript: a GET here, then to the thread.
  if (trimmed && USERNAME.test(trimmed)) redirect(`/messages/${encodeURIComponent(trimmed)}`);

  const conversations = await getServerApi()
    .messages.conversations.query()
    .catch((error: unknown) => {
      if (trpcErrorCode(error) === 'UNAUTHORIZED') return null;
      throw error;
    });
  if (!conversations) return <SignInPrompt back="/messages" />;

  return (
    <div className={styles.page}>
      <header className={styles.head}>
        <p className={styles.kicker}>Private correspondence · Evaluated before delivery</p>
        <h1 className={styles.title}>Your messages</h1>
        <p>
          Every message is judged for logic and tone, in strict order within its conversation, and
          delivered only if the Overlord approves. What is refused stays with you, with the reason.
        </p>
      </header>

      <form method="get" action="/messages" className={styles.open}>
        <label>
          Citizen to write to
          <input name="to" className="field" autoComplete="off" placeholder="username" required />
        </label>
        <button type="submit" className="button">
          Open correspondence
        </button>
      </form>

      <section aria-labelledby="conversations-title">
        <h2 id="conversations-title" className={styles.sectionTitle}>
          Conversations
        </h2>
        {conversations.length === 0 ? (
          <p className={styles.empty}>No correspondence on file. The tubes are quiet.</p>
        ) : (
          <ul className={styles.list} aria-label="Conversations, most recent first">
            {conversations.map((c) => (
              <li key={c.id} className={styles.conversation} data-testid="conversation">
                <div className={styles.conversationHead}>
                  <Link
                    href={`/messages/${encodeURIComponent(c.with.username)}`}
                    className={styles.who}
                  >
                    @{c.with.username}
                  </Link>
                  <time className={styles.time} dateTime={c.lastMessage.at.toISOString()}>
                    {formatTimestamp(c.lastMessage.at)}
                  </time>
                </div>
                <p className={styles.preview}>
                  {c.lastMessage.fromMe ? <span>You: </span> : null}
                  {c.lastMessage.preview}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
