// Ask the Overlord acts (docs/product.md §23): what a request (an intent, named by the model's tool
// call or parsed offline) becomes. Questions about oneself and the docket are answered at once;
// actions are resolved to concrete items, checked against the permission table and stored as a
// proposal the asker confirms (proposals.ts). A request the asker may not make is refused here, in
// the Overlord's voice, and nothing is stored.
import type { ChatIntent, ChatIntentKind } from '@overlord/overlord';

import { appealQueue } from '../appeals/queue.ts';
import type { Actor, Deps } from '../deps.ts';
import { flagQueue } from '../flags/queue.ts';
import { loyaltyStanding } from '../leaderboard/ranking.ts';
import { listHeldForReview } from '../moderation/held.ts';
import type { Capability } from '../permissions/table.ts';
import { sanctionsOf } from '../sanctions/manage.ts';
import { slugify } from '../tags.ts';
import { type ChatAction, type ChatProposal, actorMay, storeProposal } from './proposals.ts';
import { similarVoices } from './voices.ts';

export interface ActOutcome {
  text: string;
  proposal?: ChatProposal;
}

/** The capability each request needs before anything is looked up. */
const intentCapability: Record<ChatIntentKind, Capability> = {
  standing: 'askOverlord',
  voices: 'askOverlord',
  docket: 'moderate',
  appeal: 'appealAndFlag',
  decideAppeal: 'moderate',
  decideFlag: 'moderate',
  decideHeld: 'moderate',
  liftSanction: 'escalateSanctions',
  renameTag: 'editTags',
  mergeTags: 'editTags',
};

/** Why the Ministry refuses, by the capability the asker lacks. */
const refusal: Partial<Record<Capability, string>> = {
  moderate: 'only the Ministry’s moderators keep a docket and decide its cases',
  escalateSanctions: 'only the Ministry’s administrators lift sanctions',
  editTags: 'only the Ministry’s administrators rename or merge tags',
};

const excerpt = (text: string, max = 120) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Picks one of `items` by a reference: its id, its #position (1-based, in docket order), or a
 * username (the first item that name matches).
 */
function pick<T extends { id: string }>(
  items: T[],
  ref: string,
  names: (item: T) => (string | null | undefined)[],
): T | undefined {
  const r = ref.trim().replace(/^@/, '');
  if (UUID.test(r)) return items.find((i) => i.id.toLowerCase() === r.toLowerCase());
  const n = /^#?(\d{1,3})$/.exec(r);
  if (n) return items[Number(n[1]) - 1];
  const name = r.toLowerCase();
  return items.find((i) => names(i).some((x) => x?.toLowerCase() === name));
}

export async function actOn(deps: Deps, actor: Actor, intent: ChatIntent): Promise<ActOutcome> {
  const capability = intentCapability[intent.kind];
  if (!(await actorMay(deps, actor, capability))) {
    return {
      text: `Citizen ${actor.username}, the Ministry refuses: ${refusal[capability] ?? 'your rank does not permit this'}. Nothing has been done.`,
    };
  }
  switch (intent.kind) {
    case 'standing':
      return { text: await standingOf(deps, actor) };
    case 'docket':
      return { text: await docketOf(deps, actor) };
    case 'voices':
      return { text: await similarVoices(deps, actor, intent) };
    case 'appeal':
      return proposeAppeal(deps, actor, intent);
    case 'decideAppeal': {
      const { items } = await appealQueue(deps.db, { page: 1, pageSize: 50 });
      const found = pick(items, intent.ref, (a) => [a.appellant.username]);
      if (!found)
        return { text: `No pending appeal answers to “${intent.ref}”. Ask for your docket.` };
      const note =
        intent.note ??
        (intent.outcome === 'sustained'
          ? 'On review, the Ministry finds that the Overlord erred.'
          : 'On review, the Ministry upholds the Overlord’s judgement.');
      return propose(
        deps,
        actor,
        { kind: 'decideAppeal', input: { appealId: found.id, outcome: intent.outcome, note } },
        `${intent.outcome === 'sustained' ? 'Sustain' : 'Deny'} the appeal of ${found.appellant.username} against the rejection of their ${found.kind === 'post' ? 'statement' : 'topic proposal'} in “${found.title}”: “${excerpt(found.original)}”. Note to the citizen: “${note}”.`,
      );
    }
    case 'decideFlag': {
      const { items } = await flagQueue(deps.db, { page: 1, pageSize: 50 });
      const found = pick(items, intent.ref, (f) => [f.reporter.username, f.author?.username]);
      if (!found)
        return { text: `No pending report answers to “${intent.ref}”. Ask for your docket.` };
      const note =
        intent.note ??
        (intent.outcome === 'sustained'
          ? 'The Ministry agrees: the item is taken down.'
          : 'The Ministry finds no treason here.');
      return propose(
        deps,
        actor,
        { kind: 'decideFlag', input: { flagId: found.id, outcome: intent.outcome, note } },
        `${intent.outcome === 'sustained' ? 'Sustain (hide the item)' : 'Dismiss'} the report by ${found.reporter.username} of ${found.author ? `${found.author.username}’s` : 'the'} ${found.kind === 'post' ? 'statement' : 'topic'} in “${found.title}”: “${excerpt(found.text)}”. Note: “${note}”.`,
      );
    }
    case 'decideHeld': {
      const items = await listHeldForReview(deps.db, actor, { limit: 50 });
      const found = pick(items, intent.ref, (h) => [h.author]);
      if (!found) return { text: `No held item answers to “${intent.ref}”. Ask for your docket.` };
      const note =
        intent.note ??
        (intent.outcome === 'release'
          ? 'Released to the queue for judgement.'
          : 'Rejected by the Ministry as a breach of the terms.');
      return propose(
        deps,
        actor,
        {
          kind: 'decideHeld',
          input: { kind: found.kind, id: found.id, outcome: intent.outcome, note },
        },
        `${intent.outcome === 'release' ? 'Release to its queue' : 'Reject'} the held ${found.kind}${found.author ? ` of ${found.author}` : ''}${found.excerpt ? `: “${excerpt(found.excerpt)}”` : ''}. Note: “${note}”.`,
      );
    }
    case 'liftSanction': {
      const username = intent.username.replace(/^@/, '');
      const list = await sanctionsOf(deps.db, { username });
      if (!list) return { text: `No citizen named ${username} is on the Registry.` };
      const active = list.find((s) => s.active);
      if (!active) return { text: `${username} is under no active sanction.` };
      return propose(
        deps,
        actor,
        { kind: 'liftSanction', input: { sanctionId: active.id } },
        `Lift the ${active.kind === 'freeze' ? 'freeze' : 'rate limit'} on ${username} (imposed by ${active.issuedBy.username}: “${excerpt(active.reason)}”${active.endsAt ? `, due to end ${active.endsAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : ', until lifted'}).`,
      );
    }
    case 'renameTag': {
      const from = slugify(intent.from);
      const to = slugify(intent.to);
      if (!(await tagExists(deps, from))) return { text: `No tag #${from} is on record.` };
      if (!to) return { text: 'A tag needs letters or digits.' };
      return propose(
        deps,
        actor,
        {
          kind: 'renameTag',
          input: { slug: from, label: intent.to.replace(/^#/, ''), newSlug: to },
        },
        `Rename the tag #${from} to #${to}, everywhere it is used.`,
      );
    }
    case 'mergeTags': {
      const from = slugify(intent.from);
      const into = slugify(intent.into);
      for (const slug of [from, into])
        if (!(await tagExists(deps, slug))) return { text: `No tag #${slug} is on record.` };
      if (from === into) return { text: 'A tag cannot be merged into itself.' };
      return propose(
        deps,
        actor,
        { kind: 'mergeTags', input: { from, into } },
        `Merge the tag #${from} into #${into}: every topic and statement tagged #${from} is tagged #${into}, and #${from} is removed.`,
      );
    }
  }
}

async function tagExists(deps: Pick<Deps, 'db'>, slug: string): Promise<boolean> {
  return !!(await deps.db.tag.findUnique({ where: { slug }, select: { id: true } }));
}

async function propose(
  deps: Deps,
  actor: Actor,
  action: ChatAction,
  description: string,
): Promise<ActOutcome> {
  const proposal = await storeProposal(deps, actor, action, description);
  return {
    text: `Citizen ${actor.username}, the Ministry has drawn up the following for your confirmation: ${description} Confirm it, or cancel it.`,
    proposal,
  };
}

const wordsOf = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3),
  );

/** One of the asker's Graveyard items, found by what it was about; never one already appealed. */
async function proposeAppeal(
  deps: Deps,
  actor: Actor,
  intent: Extract<ChatIntent, { kind: 'appeal' }>,
): Promise<ActOutcome> {
  const [posts, topics] = await Promise.all([
    deps.db.post.findMany({
      where: { authorId: actor.id, status: 'rejected' },
      orderBy: { submittedAt: 'desc' },
      take: 50,
      select: {
        id: true,
        body: true,
        topic: { select: { title: true } },
        appeals: { select: { id: true }, take: 1 },
      },
    }),
    deps.db.topic.findMany({
      where: { authorId: actor.id, status: 'rejected' },
      orderBy: { submittedAt: 'desc' },
      take: 50,
      select: {
        id: true,
        title: true,
        description: true,
        appeals: { select: { id: true }, take: 1 },
      },
    }),
  ]);
  const items = [
    ...posts.map((p) => ({
      kind: 'post' as const,
      id: p.id,
      text: p.body,
      where: p.topic.title,
      appealed: p.appeals.length > 0,
    })),
    ...topics.map((t) => ({
      kind: 'topic' as const,
      id: t.id,
      text: `${t.title}. ${t.description}`,
      where: t.title,
      appealed: t.appeals.length > 0,
    })),
  ];
  if (!items.length)
    return {
      text: `Citizen ${actor.username}, your Graveyard is empty: there is nothing to appeal.`,
    };
  const wanted = wordsOf(intent.about);
  const scored = items
    .map((item) => {
      if (item.id.toLowerCase() === intent.about.trim().toLowerCase()) return { item, score: 1e6 };
      const have = wordsOf(`${item.text} ${item.where}`);
      return { item, score: [...wanted].filter((w) => have.has(w)).length };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  const best = scored[0]?.item;
  if (!best) {
    return {
      text: `Citizen ${actor.username}, nothing in your Graveyard matches “${intent.about}”. It holds: ${items
        .slice(0, 5)
        .map((i) => `“${excerpt(i.text, 60)}”`)
        .join('; ')}.`,
    };
  }
  if (best.appealed) {
    return {
      text: `Citizen ${actor.username}, you have already appealed “${excerpt(best.text, 80)}”. One appeal per item: the Ministry hears it once.`,
    };
  }
  const reason =
    intent.reason && intent.reason.length >= 10
      ? intent.reason
      : `I ask the Ministry to review the Overlord’s rejection of this ${best.kind === 'post' ? 'statement' : 'proposal'}.`;
  const what =
    best.kind === 'post'
      ? `your rejected statement in “${best.where}”`
      : 'your rejected topic proposal';
  return propose(
    deps,
    actor,
    { kind: 'fileAppeal', input: { kind: best.kind, id: best.id, reason } },
    `File an appeal against ${what}: “${excerpt(best.text)}”. Your plea: “${reason}”.`,
  );
}

/** Loyalty, rank, badges and active sanctions, with their reasons. */
async function standingOf(deps: Deps, actor: Actor): Promise<string> {
  const [user, standing, awards, sanctions, buriedPosts, buriedTopics] = await Promise.all([
    deps.db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { loyaltyScore: true } }),
    loyaltyStanding(deps, actor.id),
    deps.db.badgeAward.findMany({
      where: { userId: actor.id },
      orderBy: { awardedAt: 'asc' },
      select: { badge: { select: { name: true, description: true } } },
    }),
    sanctionsOf(deps.db, { userId: actor.id }),
    deps.db.post.count({ where: { authorId: actor.id, status: 'rejected' } }),
    deps.db.topic.count({ where: { authorId: actor.id, status: 'rejected' } }),
  ]);
  const parts = [`Citizen ${actor.username}, your loyalty stands at ${user.loyaltyScore}.`];
  if (standing)
    parts.push(
      `You rank ${standing.rank} of ${standing.total}; ${standing.inTop10Percent ? `you are in the top ${standing.sharePercent}% and may propose topics` : `the top ${standing.sharePercent}% ends at rank ${standing.cutoffRank}`}.`,
    );
  parts.push(
    awards.length
      ? `Your badges: ${awards.map((a) => `${a.badge.name} (${a.badge.description})`).join('; ')}.`
      : 'You hold no badges yet.',
  );
  const active = (sanctions ?? []).filter((s) => s.active);
  parts.push(
    active.length
      ? `Active sanctions: ${active
          .map(
            (s) =>
              `${s.kind === 'freeze' ? 'a freeze' : `a rate limit of ${s.rateLimitCount} per ${s.rateLimitWindowSeconds} seconds`}, imposed by ${s.issuedBy.username} because “${s.reason}”, ${s.endsAt ? `until ${s.endsAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'until lifted'}`,
          )
          .join('; ')}.`
      : 'You are under no sanction.',
  );
  parts.push(`The Graveyard holds ${buriedPosts + buriedTopics} of your submissions.`);
  return parts.join(' ');
}

/** Pending appeals, reports and held items, numbered so they can be decided by #position. */
async function docketOf(deps: Deps, actor: Actor): Promise<string> {
  const [appeals, flags, held] = await Promise.all([
    appealQueue(deps.db, { page: 1, pageSize: 10 }),
    flagQueue(deps.db, { page: 1, pageSize: 10 }),
    listHeldForReview(deps.db, actor, { limit: 10 }),
  ]);
  const parts = [`Moderator ${actor.username}, your docket.`];
  parts.push(
    appeals.total
      ? `Appeals (${appeals.total} pending): ${appeals.items
          .map(
            (a, i) =>
              `#${i + 1} from ${a.appellant.username} on “${a.title}”: “${excerpt(a.original, 80)}”, plea “${excerpt(a.reason, 80)}” (appeal ${a.id})`,
          )
          .join('; ')}.`
      : 'No appeals wait.',
  );
  parts.push(
    flags.total
      ? `Reports (${flags.total} pending): ${flags.items
          .map(
            (f, i) =>
              `#${i + 1} by ${f.reporter.username} on “${f.title}”: “${excerpt(f.text, 80)}” (report ${f.id})`,
          )
          .join('; ')}.`
      : 'No reports wait.',
  );
  parts.push(
    held.length
      ? `Held items (${held.length}): ${held
          .map(
            (h, i) =>
              `#${i + 1} ${h.kind}${h.author ? ` of ${h.author}` : ''}${h.excerpt ? `: “${excerpt(h.excerpt, 80)}”` : ''} (item ${h.id})`,
          )
          .join('; ')}.`
      : 'Nothing is held for review.',
  );
  parts.push(
    'Say, for example, “approve appeal #1: the record supports it” or “dismiss report #1”.',
  );
  return parts.join(' ');
}
