// The site's destinations, once, for every layout: the desktop row, the phone's bottom tabs and
// its menu all read this list. A new destination is one line here.

/** Standings from docs/product.md §2, lowest first; an item shows from `minRole` up. */
const ROLE_RANK = { citizen: 1, moderator: 2, admin: 3, superadmin: 4 } as const;
export type Role = keyof typeof ROLE_RANK;

export interface NavItem {
  href: string;
  label: string;
  /** Paths this link stands for: exact for '/', else the path and everything below it. */
  sections: string[];
  /** Omitted: everyone, anonymous visitors included. */
  minRole?: Role;
  /** Bottom-tab priority on phones (lower first); omitted: reached through the menu only. */
  tab?: number;
  /** The unread-dispatches count rides on this link. */
  unread?: true;
  /**
   * Wide screens list it in the footer, not the header row, so the row stays one line from
   * 1024 px up; phones reach it through the menu (or its tab) as usual.
   */
  inFooter?: true;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/', label: 'Topics', sections: ['/', '/topics'], tab: 1 },
  { href: '/queues', label: 'Queues', sections: ['/queues'], tab: 2 },
  {
    href: '/leaderboard',
    label: 'Leaderboard',
    sections: ['/leaderboard'],
    tab: 5,
    inFooter: true,
  },
  { href: '/citizens', label: 'Registry', sections: ['/citizens'], tab: 6 },
  { href: '/search', label: 'Search', sections: ['/search'], inFooter: true },
  { href: '/log', label: 'Log', sections: ['/log'], inFooter: true },
  { href: '/graveyard', label: 'Graveyard', sections: ['/graveyard'], minRole: 'citizen' },
  {
    href: '/following',
    label: 'Following',
    sections: ['/following'],
    minRole: 'citizen',
    inFooter: true,
  },
  { href: '/messages', label: 'Messages', sections: ['/messages'], minRole: 'citizen', tab: 4 },
  { href: '/ask', label: 'Ask', sections: ['/ask'], minRole: 'citizen' },
  {
    href: '/notifications',
    label: 'Dispatches',
    sections: ['/notifications'],
    minRole: 'citizen',
    tab: 3,
    unread: true,
  },
  { href: '/moderation/appeals', label: 'Docket', sections: ['/moderation'], minRole: 'moderator' },
  { href: '/admin', label: 'Admin', sections: ['/admin'], minRole: 'admin' },
];

/** How many destinations the phone's bottom bar holds; the rest go in the menu. */
export const TAB_COUNT = 4;

export interface Navigation {
  /** Every destination this viewer may open, in the desktop row's order. */
  items: NavItem[];
  /** The hrefs shown as bottom tabs on phones. */
  tabs: Set<string>;
}

/** What a viewer (their role, or null when signed out) sees, and which of it are phone tabs. */
export function navigationFor(
  role: Role | null,
  items: readonly NavItem[] = NAV_ITEMS,
  tabCount = TAB_COUNT,
): Navigation {
  const rank = role ? ROLE_RANK[role] : 0;
  const visible = items.filter((item) => !item.minRole || ROLE_RANK[item.minRole] <= rank);
  const tabs = visible
    .filter((item) => item.tab !== undefined)
    .sort((a, b) => a.tab! - b.tab!)
    .slice(0, tabCount);
  return { items: visible, tabs: new Set(tabs.map((item) => item.href)) };
}

/** Whether `pathname` lies in one of an item's sections. */
export function isCurrent(sections: readonly string[], pathname: string): boolean {
  return sections.some((s) =>
    s === '/' ? pathname === '/' : pathname === s || pathname.startsWith(`${s}/`),
  );
}
