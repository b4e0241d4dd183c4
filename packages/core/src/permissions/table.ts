// The one permission table (docs/product.md §2). Procedures name a capability; nothing else checks
// roles.
import type { Actor } from '../deps.ts';

export const ROLES = ['citizen', 'moderator', 'admin', 'superadmin'] as const;
export type Role = (typeof ROLES)[number];
/** Who may do something: anyone (including anonymous visitors and banned users), or a role and up. */
export type MinRole = 'anonymous' | Role;

export interface CapabilityRule {
  /** The least role that always has this capability ("each role has everything below it"). */
  minRole: MinRole;
  /** A citizen below `minRole` may still have it when this live rule holds (docs/product.md §4). */
  orIf?: 'top10PercentLoyalty';
  /** docs/product.md §2 row, for people reading the table. */
  spec: string;
}

export const permissionTable = {
  read: {
    minRole: 'anonymous',
    spec: 'read topics, posts, leaderboard, registry, profiles, queues',
  },
  compose: {
    minRole: 'anonymous',
    spec: 'compose a post or topic (kept as a draft until signed in)',
  },
  manageOwnAccount: {
    minRole: 'citizen',
    spec: 'see and edit one’s own account (docs/product.md §3)',
  },
  submitPost: { minRole: 'citizen', spec: 'submit, revise and withdraw posts and replies' },
  createTopic: {
    minRole: 'moderator',
    orIf: 'top10PercentLoyalty',
    spec: 'create topics: top 10% by loyalty only, moderators and up always',
  },
  sendMessage: { minRole: 'citizen', spec: 'send private messages' },
  askOverlord: { minRole: 'citizen', spec: 'ask the Overlord in chat (docs/product.md §12)' },
  appealAndFlag: { minRole: 'citizen', spec: 'appeal own rejections, flag content' },
  seeOwnRejected: { minRole: 'citizen', spec: 'see own rejected content (Graveyard)' },
  seeAllRejected: { minRole: 'moderator', spec: 'see all rejected content' },
  seeQueuePreviews: { minRole: 'moderator', spec: 'see queue item previews' },
  moderate: { minRole: 'moderator', spec: 'apply sanctions; adjudicate appeals and flags' },
  escalateSanctions: { minRole: 'admin', spec: 'escalate or lift sanctions' },
  editTags: { minRole: 'admin', spec: 'edit Overlord tags' },
  readAnyMessage: { minRole: 'admin', spec: 'read any private message (audited)' },
  seeEmails: { minRole: 'admin', spec: 'see a citizen’s email (moderators never)' },
  seeDashboard: { minRole: 'admin', spec: 'the admin dashboard’s figures (docs/product.md §18)' },
  readAuditLog: { minRole: 'admin', spec: 'read the audit log (superadmin actions: superadmins)' },
  changeRoles: { minRole: 'superadmin', spec: 'change roles (and ban or unban)' },
  deleteAccounts: { minRole: 'superadmin', spec: 'delete accounts' },
  platformSettings: { minRole: 'superadmin', spec: 'change platform settings' },
} as const satisfies Record<string, CapabilityRule>;

export type Capability = keyof typeof permissionTable;

const rank: Record<MinRole, number> = {
  anonymous: 0,
  citizen: 1,
  moderator: 2,
  admin: 3,
  superadmin: 4,
};

/** Does the actor's role alone grant `minRole`? (null = anonymous.) */
export function roleAtLeast(actor: Pick<Actor, 'role'> | null, minRole: MinRole): boolean {
  return rank[actor?.role ?? 'anonymous'] >= rank[minRole];
}

/** Facts about the actor that dynamic rules need; computed only when a rule asks. */
export interface DynamicFacts {
  top10PercentLoyalty: () => Promise<boolean>;
}

/**
 * The decision. `banned` users keep only what anonymous visitors have. The result says why
 * when it is no, so the caller can answer with the right error.
 */
export async function decide(
  capability: Capability,
  actor: Actor | null,
  banned: boolean,
  facts: DynamicFacts,
): Promise<'allowed' | 'unauthenticated' | 'banned' | 'forbidden'> {
  const rule: CapabilityRule = permissionTable[capability];
  if (rule.minRole === 'anonymous') return 'allowed';
  if (banned) return 'banned';
  if (!actor) return 'unauthenticated';
  if (roleAtLeast(actor, rule.minRole)) return 'allowed';
  if (rule.orIf === 'top10PercentLoyalty' && (await facts.top10PercentLoyalty())) return 'allowed';
  return 'forbidden';
}
