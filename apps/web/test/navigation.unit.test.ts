// The header's destinations: who sees which, which become the phone's bottom tabs, and which
// pages the service worker may show from its cache when the network is down.
import { describe, expect, it } from 'vitest';

import {
  isCurrent,
  NAV_ITEMS,
  navigationFor,
  type NavItem,
  TAB_COUNT,
} from '../src/components/nav-items.ts';
import { isReadingPage } from '../src/lib/offline.ts';

const labels = (items: NavItem[]) => items.map((item) => item.label);

describe('navigationFor', () => {
  it('shows anonymous visitors the public destinations, four of them as tabs', () => {
    const { items, tabs } = navigationFor(null);
    expect(labels(items)).toEqual(['Topics', 'Queues', 'Leaderboard', 'Registry', 'Search', 'Log']);
    expect([...tabs]).toEqual(['/', '/queues', '/leaderboard', '/citizens']);
  });

  it('gives citizens their own pages, and the most used ones as tabs', () => {
    const { items, tabs } = navigationFor('citizen');
    expect(labels(items)).toEqual([
      'Topics',
      'Queues',
      'Leaderboard',
      'Registry',
      'Search',
      'Log',
      'Graveyard',
      'Following',
      'Messages',
      'Ask',
      'Dispatches',
    ]);
    expect(tabs.size).toBe(TAB_COUNT);
    expect([...tabs].sort()).toEqual(['/', '/messages', '/notifications', '/queues']);
    // The unread count rides on a tab, so it stays visible on phones.
    expect(items.find((item) => item.unread)?.href).toBe('/notifications');
  });

  it('adds the docket from moderators up', () => {
    for (const role of ['moderator', 'admin', 'superadmin'] as const)
      expect(labels(navigationFor(role).items)).toContain('Docket');
    expect(labels(navigationFor('citizen').items)).not.toContain('Docket');
  });

  it('takes a new destination from one line of data', () => {
    const extra: NavItem[] = [
      ...NAV_ITEMS,
      { href: '/log', label: 'Log', sections: ['/log'] },
      { href: '/admin', label: 'Admin', sections: ['/admin'], minRole: 'admin' },
    ];
    expect(labels(navigationFor(null, extra).items)).toContain('Log');
    expect(labels(navigationFor('moderator', extra).items)).not.toContain('Admin');
    expect(labels(navigationFor('admin', extra).items)).toEqual(
      expect.arrayContaining(['Log', 'Admin']),
    );
    // Without a tab priority it goes in the phone's menu, leaving the tabs as they were.
    expect(navigationFor('admin', extra).tabs).toEqual(navigationFor('admin').tabs);
  });
});

describe('isCurrent', () => {
  it('matches the home page exactly and other sections with what lies below them', () => {
    expect(isCurrent(['/', '/topics'], '/')).toBe(true);
    expect(isCurrent(['/', '/topics'], '/topics/abc')).toBe(true);
    expect(isCurrent(['/'], '/queues')).toBe(false);
    expect(isCurrent(['/moderation'], '/moderation/flags')).toBe(true);
    expect(isCurrent(['/moderation'], '/moderationx')).toBe(false);
  });
});

describe('isReadingPage', () => {
  it('keeps public reading pages for offline reading', () => {
    for (const path of [
      '/',
      '/queues',
      '/leaderboard',
      '/citizens',
      '/topics/abc',
      '/citizens/vera',
    ])
      expect(isReadingPage(path), path).toBe(true);
  });

  it('never keeps personal pages', () => {
    for (const path of [
      '/account',
      '/messages',
      '/messages/vera',
      '/notifications',
      '/graveyard',
      '/citizens/vera/graveyard',
      '/ask',
      '/moderation/appeals',
      '/welcome',
      '/sign-in',
    ])
      expect(isReadingPage(path), path).toBe(false);
  });
});
