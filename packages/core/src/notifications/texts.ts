// What the Overlord says in each notification (docs/product.md §13): verdicts on one's own
// submissions, appeal and report outcomes, approved private messages received, sanctions imposed
// and lifted. Kept in one place so the voice stays one voice. A kind's prefix names the citizen's
// choice it falls under (kinds.ts).
export interface NotificationText {
  kind: string;
  title: string;
  body: string;
  link: string | null;
}

const clip = (text: string, max = 280) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function verdictNotice(
  item: {
    kind: 'post' | 'topic' | 'message';
    topicId?: string | null;
    counterpart?: string;
    /** A revision's statement (docs/product.md §17): the dispatch leads to it. */
    revisionOf?: string | null;
  },
  verdict: 'approved' | 'rejected' | 'calibrate',
  feedback: string,
): NotificationText {
  const what = item.revisionOf
    ? 'revision'
    : item.kind === 'post'
      ? 'statement'
      : item.kind === 'topic'
        ? 'topic proposal'
        : 'message';
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
        : item.revisionOf
          ? `/statements/${item.revisionOf}`
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

/** New approved statements in a followed topic (docs/product.md §21), at most one an hour. */
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

/** Someone's approved statement replies to or mentions the citizen (docs/product.md §17). */
export function conversationNotice(
  kind: 'reply' | 'mention',
  author: string,
  statement: { id: string; body: string },
): NotificationText {
  return {
    kind,
    title:
      kind === 'reply'
        ? `@${author} replied to your statement`
        : `@${author} mentioned you in a statement`,
    body: clip(statement.body),
    link: `/statements/${statement.id}`,
  };
}

export interface SanctionTermsText {
  kind: 'freeze' | 'rate_limit';
  rateLimitCount: number | null;
  rateLimitWindowSeconds: number | null;
  endsAt: Date | null;
  reason: string;
}

/** "until 2026-12-09 14:00 UTC": the same clock the refusal at submission shows (enforce.ts). */
function until(endsAt: Date | null): string {
  return endsAt
    ? `until ${endsAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`
    : 'until the Ministry lifts it';
}

function per(seconds: number): string {
  if (seconds % 86_400 === 0) return seconds === 86_400 ? 'day' : `${seconds / 86_400} days`;
  if (seconds % 3_600 === 0) return seconds === 3_600 ? 'hour' : `${seconds / 3_600} hours`;
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? 'minute' : `${minutes} minutes`;
}

/** What a sanction restricts, in the Overlord's words. */
function restriction(s: SanctionTermsText): string {
  if (s.kind === 'freeze') return 'Your speech is frozen: no topics, statements or messages';
  const count = s.rateLimitCount ?? 0;
  return `Your rate of speech is restricted to ${count} submission${count === 1 ? '' : 's'} per ${per(s.rateLimitWindowSeconds ?? 0)}, topics, statements and messages together`;
}

/** A sanction imposed, or imposed in place of another (escalation). */
export function sanctionImposedNotice(
  sanction: SanctionTermsText,
  escalated = false,
): NotificationText {
  return {
    kind: escalated ? 'sanction.escalated' : 'sanction.imposed',
    title:
      sanction.kind === 'freeze'
        ? escalated
          ? 'Your sanction was escalated to a posting freeze'
          : 'A posting freeze was imposed on you'
        : escalated
          ? 'Your sanction was escalated to a rate limit'
          : 'A rate limit was imposed on you',
    body: clip(
      `${restriction(sanction)}, ${until(sanction.endsAt)}. The Ministry records the reason: ${sanction.reason}`,
      500,
    ),
    link: '/account',
  };
}

export function sanctionLiftedNotice(sanction: SanctionTermsText): NotificationText {
  return {
    kind: 'sanction.lifted',
    title:
      sanction.kind === 'freeze' ? 'Your posting freeze was lifted' : 'Your rate limit was lifted',
    body: 'The Ministry has lifted the restriction. You may speak freely again, within reason. The Overlord is still listening.',
    link: '/account',
  };
}
