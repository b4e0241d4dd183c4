import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { THREAD_PAGE_SIZE } from '~/lib/messages';
import { trpcErrorCode } from '~/trpc/errors';
import { getServerApi } from '~/trpc/server';

import styles from '../messages.module.css';
import { SignInPrompt } from '../sign-in-prompt';
import { MessageThread } from './message-thread';

type Params = Promise<{ username: string }>;

/** Route segments may arrive percent-encoded; a malformed one is taken as written. */
function usernameOf(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const username = usernameOf((await params).username);
  return { title: `Correspondence with @${username}` };
}

export default async function ThreadPage({ params }: { params: Params }) {
  const username = usernameOf((await params).username);
  const here = `/messages/${encodeURIComponent(username)}`;
  let firstPage;
  try {
    firstPage = await getServerApi().messages.thread.query({
      with: username,
      limit: THREAD_PAGE_SIZE,
    });
  } catch (error) {
    const code = trpcErrorCode(error);
    if (code === 'UNAUTHORIZED') return <SignInPrompt back={here} />;
    if (code === 'NOT_FOUND' || code === 'BAD_REQUEST') notFound();
    throw error;
  }

  return (
    <div className={styles.page}>
      <header className={styles.head}>
        <p className={styles.back}>
          <Link href="/messages">← All correspondence</Link>
        </p>
        <p className={styles.kicker}>Private correspondence</p>
        <h1 className={styles.title}>@{firstPage.with.username}</h1>
        <p>
          Only you and @{firstPage.with.username} can read this. Your messages are delivered once
          the Overlord approves them; refused ones stay here, visible to you alone, with the reason.
        </p>
      </header>
      <MessageThread key={firstPage.with.username} initialPage={firstPage} />
    </div>
  );
}
