'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

import styles from '~/components/form.module.css';
import { plural } from '~/lib/format';
import { api } from '~/trpc/react';

/**
 * Follow or unfollow the topic (docs/product.md §21), and say what is new since the last visit.
 * Opening the page counts as a visit: once shown, the markers start again from now.
 */
export function FollowTopic({
  topicId,
  initial,
}: {
  topicId: string;
  initial: { following: boolean; newSinceLastVisit: number };
}) {
  const router = useRouter();
  const [following, setFollowing] = useState(initial.following);
  const onSuccess = (result: { following: boolean }) => {
    setFollowing(result.following);
    router.refresh();
  };
  const follow = api.follows.follow.useMutation({ onSuccess });
  const unfollow = api.follows.unfollow.useMutation({ onSuccess });
  const seen = api.follows.markSeen.useMutation();
  const { mutate: markSeen } = seen;
  useEffect(() => {
    if (initial.following) markSeen({ topicId });
  }, [initial.following, markSeen, topicId]);
  const pending = follow.isPending || unfollow.isPending;
  return (
    <div className={styles.field} data-testid="follow-topic" data-following={following}>
      <button
        type="button"
        className="button button-quiet"
        aria-pressed={following}
        disabled={pending}
        onClick={() => (following ? unfollow : follow).mutate({ topicId })}
      >
        {following ? 'Following this topic' : 'Follow this topic'}
      </button>
      <p className={styles.hint} aria-live="polite" data-testid="follow-note">
        {follow.isError || unfollow.isError
          ? 'The Ministry did not record that; try again.'
          : following
            ? initial.following && initial.newSinceLastVisit > 0
              ? `${plural(initial.newSinceLastVisit, 'new statement')} since your last visit, marked below.`
              : 'You will receive a dispatch when new statements are approved here, at most one an hour.'
            : 'Follow to receive a dispatch when new statements are approved here.'}
      </p>
    </div>
  );
}
