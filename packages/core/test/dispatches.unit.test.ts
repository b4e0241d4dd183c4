// Which choice each dispatch falls under, and what a sanction's dispatch says (docs/product.md §13,
// §10). The texts' kinds must all map to a choice, or a citizen's choice could be bypassed.
import { describe, expect, it } from 'vitest';

import { DISPATCH_KINDS, dispatchKindOf } from '../src/notifications/kinds.ts';
import {
  appealNotice,
  messageReceivedNotice,
  reportNotice,
  sanctionImposedNotice,
  sanctionLiftedNotice,
  verdictNotice,
} from '../src/notifications/texts.ts';

const rateLimit = {
  kind: 'rate_limit' as const,
  rateLimitCount: 3,
  rateLimitWindowSeconds: 3_600,
  endsAt: new Date('2026-12-09T14:05:30Z'),
  reason: 'Flooding the transit topic.',
};

describe('dispatch kinds', () => {
  it('puts every notice under one of the citizen’s choices', () => {
    const kinds = [
      verdictNotice({ kind: 'post', topicId: 't' }, 'approved', 'Fine.'),
      verdictNotice({ kind: 'topic' }, 'rejected', 'No.'),
      verdictNotice({ kind: 'message', counterpart: 'ada' }, 'calibrate', 'Again.'),
      messageReceivedNotice('ada'),
      appealNotice('denied', 'No.'),
      reportNotice('reporter', 'dismissed', 'No.'),
      reportNotice('author', 'sustained', 'Yes.'),
      sanctionImposedNotice(rateLimit),
      sanctionImposedNotice(rateLimit, true),
      sanctionLiftedNotice(rateLimit),
    ].map((notice) => [notice.kind, dispatchKindOf(notice.kind)]);
    expect(Object.fromEntries(kinds)).toEqual({
      'verdict.post': 'verdicts',
      'verdict.topic': 'verdicts',
      'verdict.message': 'verdicts',
      'message.received': 'messages',
      'appeal.denied': 'appeals_and_reports',
      'flag.dismissed': 'appeals_and_reports',
      'flag.against_you': 'appeals_and_reports',
      'sanction.imposed': 'sanctions',
      'sanction.escalated': 'sanctions',
      'sanction.lifted': 'sanctions',
    });
    expect(dispatchKindOf('reply.new')).toBe('replies_and_mentions');
    expect(dispatchKindOf('mention.new')).toBe('replies_and_mentions');
    expect(dispatchKindOf('follow.topic')).toBe('followed_topics');
    expect(new Set(DISPATCH_KINDS).size).toBe(6);
  });

  it('refuses a notice kind that belongs to no choice', () => {
    expect(() => dispatchKindOf('gossip.new')).toThrow(/No dispatch kind/);
  });
});

describe('sanction dispatches', () => {
  it('says what a rate limit restricts, until when, and why', () => {
    const notice = sanctionImposedNotice(rateLimit);
    expect(notice.title).toBe('A rate limit was imposed on you');
    expect(notice.body).toBe(
      'Your rate of speech is restricted to 3 submissions per hour, topics, statements and messages together, until 2026-12-09 14:05 UTC. The Ministry records the reason: Flooding the transit topic.',
    );
    expect(notice.link).toBe('/account');
  });

  it('says when a freeze has no end, and announces its lifting', () => {
    const freeze = { ...rateLimit, kind: 'freeze' as const, endsAt: null };
    expect(sanctionImposedNotice(freeze, true)).toMatchObject({
      kind: 'sanction.escalated',
      title: 'Your sanction was escalated to a posting freeze',
    });
    expect(sanctionImposedNotice(freeze).body).toContain('until the Ministry lifts it');
    expect(sanctionLiftedNotice(freeze).title).toBe('Your posting freeze was lifted');
    expect(
      sanctionImposedNotice({ ...rateLimit, rateLimitCount: 1, rateLimitWindowSeconds: 600 }).body,
    ).toContain('1 submission per 10 minutes');
  });
});

describe('revision verdicts (docs/product.md §17)', () => {
  it('names the revision and leads to its statement, under the verdicts choice', () => {
    const approved = verdictNotice(
      { kind: 'post', topicId: 't', revisionOf: 's' },
      'approved',
      'Sound.',
    );
    expect(approved).toEqual({
      kind: 'verdict.post',
      title: 'Your revision was approved',
      body: 'Sound.',
      link: '/statements/s',
    });
    expect(dispatchKindOf(approved.kind)).toBe('verdicts');
    const rejected = verdictNotice(
      { kind: 'post', topicId: 't', revisionOf: 's' },
      'rejected',
      'No.',
    );
    expect([rejected.title, rejected.link]).toEqual(['Your revision was rejected', '/graveyard']);
    // A statement of its own still leads to its topic.
    expect(verdictNotice({ kind: 'post', topicId: 't' }, 'approved', 'Fine.').link).toBe(
      '/topics/t',
    );
  });
});
