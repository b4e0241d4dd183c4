import Link from 'next/link';

import styles from './messages.module.css';

/** Correspondence is private: a signed-out visitor is asked to identify first. */
export function SignInPrompt({ back }: { back: string }) {
  return (
    <div className={styles.page}>
      <header className={styles.head}>
        <p className={styles.kicker}>Private correspondence · Sealed</p>
        <h1 className={styles.title}>Identification required</h1>
      </header>
      <p data-testid="sign-in-prompt">
        Private messages are read only by the two citizens who exchange them. Identify yourself to
        open your correspondence.
      </p>
      <p>
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(back)}`} className="button">
          Sign in to read your messages
        </Link>
      </p>
    </div>
  );
}
