// The pure parts of the live pages: reading stream events of either shape, throttling the
// re-reads they cause, and laying out the tube network.
import { describe, expect, it } from 'vitest';

import { createThrottle, normaliseLiveEvent } from '../src/lib/live-events.ts';
import {
  CENTRE,
  HUB_RADIUS,
  layoutNetwork,
  type LayoutQueue,
} from '../src/app/queues/tube-layout.ts';

describe('normaliseLiveEvent', () => {
  const at = '2026-11-26T03:00:00.000Z';

  it('reads the queue-wide shape as it is', () => {
    const event = {
      type: 'decided',
      kind: 'post',
      id: 'p1',
      queueKey: 't1',
      status: 'approved',
      at,
    };
    expect(normaliseLiveEvent(event)).toEqual(event);
  });

  it('reads entries written in the older topic-stream shape', () => {
    expect(
      normaliseLiveEvent({
        type: 'post.in_review',
        postId: 'p1',
        topicId: 't1',
        status: 'pending',
        at,
      }),
    ).toEqual({ type: 'in_review', kind: 'post', id: 'p1', queueKey: 't1', status: 'pending', at });
  });

  it('ignores what it does not understand', () => {
    expect(normaliseLiveEvent(null)).toBeNull();
    expect(
      normaliseLiveEvent({ type: 'post.exploded', postId: 'p', topicId: 't', status: 'pending' }),
    ).toBeNull();
    expect(
      normaliseLiveEvent({
        type: 'decided',
        kind: 'memo',
        id: 'x',
        queueKey: 'q',
        status: 'approved',
      }),
    ).toBeNull();
    expect(
      normaliseLiveEvent({ type: 'decided', kind: 'post', id: 'x', queueKey: 'q', status: 'lost' }),
    ).toBeNull();
  });
});

describe('createThrottle', () => {
  it('turns a burst of requests into one run, and runs again for requests after it', async () => {
    let runs = 0;
    const throttle = createThrottle(() => runs++, 20);
    for (let i = 0; i < 50; i++) throttle.request();
    await new Promise((r) => setTimeout(r, 5));
    expect(runs).toBe(1);
    throttle.request();
    throttle.request();
    await new Promise((r) => setTimeout(r, 60));
    expect(runs).toBe(2);
    throttle.cancel();
  });
});

describe('layoutNetwork', () => {
  const queue = (
    key: string,
    length: number,
    kind: LayoutQueue['kind'] = 'posts',
  ): LayoutQueue => ({
    kind,
    key,
    label: key,
    length,
    inReview: 0,
  });

  it('gives each active queue a branch and each item a capsule, nearest the hub first', () => {
    const branches = layoutNetwork(
      [queue('global', 1, 'topics'), queue('t1', 3)],
      [
        { kind: 'post', id: 'c', queueKey: 't1', position: 3, reviewState: 'waiting' },
        { kind: 'post', id: 'a', queueKey: 't1', position: 1, reviewState: 'in_review' },
        { kind: 'post', id: 'b', queueKey: 't1', position: 2, reviewState: 'waiting' },
        { kind: 'topic', id: 'x', queueKey: 'global', position: 1, reviewState: 'waiting' },
      ],
    );
    expect(branches.map((b) => b.id)).toEqual(['topics:global', 'posts:t1']);
    const posts = branches[1]!;
    expect(posts.capsules.map((c) => c.item.id)).toEqual(['a', 'b', 'c']);
    const centre = (c: { x: number; y: number }) => Math.hypot(c.x - CENTRE.x, c.y - CENTRE.y);
    const distances = posts.capsules.map(centre);
    expect(distances[0]).toBeGreaterThanOrEqual(HUB_RADIUS);
    expect(distances).toEqual([...distances].sort((p, q) => p - q));
    // A topic's capsule never lands on a statement queue that happens to share its key.
    expect(branches[0]!.capsules.map((c) => c.item.id)).toEqual(['x']);
  });

  it('lengthens a busy tube and shortens it as the queue drains', () => {
    const [busy] = layoutNetwork([queue('t1', 6)], []);
    const [quiet] = layoutNetwork([queue('t1', 1)], []);
    expect(busy!.reach).toBeGreaterThan(quiet!.reach);
  });
});
