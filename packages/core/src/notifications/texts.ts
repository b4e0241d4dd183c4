// What the Overlord says in each notification (docs/product.md §13): verdicts on one's own
// submissions, appeal and report outcomes, approved private messages received. Kept in one place so
// the voice stays one voice.
export interface NotificationText {
  kind: string;
  title: string;
  body: string;
  link: string | null;
}

const clip = (text: string, max = 280) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function verdictNotice(
  item: { kind: 'post' | 'topic' | 'message'; topicId?: string | null; counterpart?: string },
  verdict: 'approved' | 'rejected' | 'calibrate',
  feedback: string,
): NotificationText {
  const what =
    item.kind === 'post' ? 'statement' : item.kind === 'topic' ? 'topic proposal' : 'message';
  const title =
    verdict === 'approved'
      ? `Your ${what} was approved`
      : verdict === 'rejected'
        ? `Your ${what} was rejected`
        : `Your ${what} was returned for calibration`;
  const link =
    verdict === 'rejected'
      ? item.kind === 'message'
        ? null
        : '/graveyard'
      : item.kind === 'message'
        ? `/messages/${encodeURIComponent(item.counterpart ?? '')}`
        : item.topicId
          ? `/topics/${item.topicId}`
          : null;
  return { kind: `verdict.${item.kind}`, title, body: clip(feedback), link };
}

export function messageReceivedNotice(sender: string): NotificationText {
  return {
    kind: 'message.received',
    title: `A message from ${sender} has cleared inspection`,
    body: 'The Overlord found it fit for delivery. It awaits you in your correspondence.',
    link: `/messages/${encodeURIComponent(sender)}`,
  };
}

/** New approved statements in a followed topic (docs/product.md §17), at most one an hour. */
export function followedTopicNotice(
  topic: { id: string; title: string },
  count: number,
): NotificationText {
  return {
    kind: 'follow.topic',
    title: clip(`New statements in “${topic.title}”`, 200),
    body:
      count === 1
        ? 'One new statement has cleared inspection in a topic you follow.'
        : `${count} new statements have cleared inspection in a topic you follow.`,
    link: `/topics/${topic.id}`,
  };
}

export function appealNotice(outcome: 'sustained' | 'denied', note: string): NotificationText {
  return {
    kind: `appeal.${outcome}`,
    title: outcome === 'sustained' ? 'Your appeal was sustained' : 'Your appeal was denied',
    body: clip(`The Central Committee notes: ${note}`),
    link: outcome === 'sustained' ? null : '/graveyard',
  };
}

export function reportNotice(
  role: 'reporter' | 'author',
  outcome: 'sustained' | 'dismissed',
  note: string,
): NotificationText {
  if (role === 'author') {
    return {
      kind: 'flag.against_you',
      title: 'A report against your words was sustained',
      body: clip(`The item is withdrawn from public view and counts as a rejection. ${note}`),
      link: '/graveyard',
    };
  }
  return {
    kind: `flag.${outcome}`,
    title: outcome === 'sustained' ? 'Your report was sustained' : 'Your report was dismissed',
    body: clip(`The Central Committee notes: ${note}`),
    link: null,
  };
}
