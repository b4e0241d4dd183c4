// Idempotent seed: the Overlord, one citizen of every role, Overlord-authored topics and posts in
// every status. Re-running converges to the same rows (stable ids, upserts) and never duplicates
// moderation events, because each carries its natural idempotency key.
import type { Db } from './client.ts';
import type {
  ContentStatus,
  ModerationEventKind,
  RejectionReason,
  Role,
} from './generated/prisma/enums.ts';
import { stableId } from './ids.ts';

export const OVERLORD_USERNAME = 'TheOverlord';

interface SeedUser {
  username: string;
  role: Role;
  email: string;
  isSystem?: boolean;
}

export const seedUsers: SeedUser[] = [
  {
    username: OVERLORD_USERNAME,
    role: 'superadmin',
    email: 'overlord@robot-overlord.invalid',
    isSystem: true,
  },
  { username: 'citizen_vera', role: 'citizen', email: 'vera@example.com' },
  { username: 'citizen_boris', role: 'citizen', email: 'boris@example.com' },
  { username: 'citizen_ada', role: 'citizen', email: 'ada@example.com' },
  { username: 'moderator_olga', role: 'moderator', email: 'olga@example.com' },
  { username: 'admin_ivan', role: 'admin', email: 'ivan@example.com' },
  { username: 'superadmin_nadia', role: 'superadmin', email: 'nadia@example.com' },
];

interface SeedTopic {
  key: string;
  title: string;
  description: string;
  tags: string[];
}

export const seedTopics: SeedTopic[] = [
  {
    key: 'nuclear',
    title: 'Should nuclear power replace coal?',
    description:
      'The Ministry of Energy requests reasoned positions on replacing coal plants with nuclear reactors: cost, safety, waste and emissions.',
    tags: ['energy', 'climate'],
  },
  {
    key: 'transit',
    title: 'Should public transport be free at the point of use?',
    description:
      'Citizens may debate whether buses, trams and trains should be paid for by taxation instead of tickets.',
    tags: ['transport', 'taxation'],
  },
  {
    key: 'four-day-week',
    title: 'Is a four-day working week good for productivity?',
    description:
      'The Bureau of Labour invites arguments, with evidence, for or against a standard four-day working week.',
    tags: ['labour', 'economy'],
  },
  {
    key: 'ai-classrooms',
    title: 'Should schools allow AI assistants in classrooms?',
    description:
      'Consider learning outcomes, cheating, teacher workload and fairness when pupils may use AI assistants for schoolwork.',
    tags: ['education', 'technology'],
  },
  {
    key: 'announcement',
    title: 'Announcement: the Overlord now judges all statements in public',
    description:
      'Every topic, post and private message passes through the evaluation queues. Logic, tone and relevance are measured. Appeals are permitted, within limits.',
    tags: ['governance'],
  },
];

interface SeedPost {
  key: string;
  topic: string;
  author: string;
  parent?: string;
  body: string;
  status: ContentStatus;
  rejectionReason?: RejectionReason;
  termsViolation?: boolean;
  feedback?: string;
  commentary?: string;
  minutesAgo: number;
}

export const seedPosts: SeedPost[] = [
  {
    key: 'nuclear-1',
    topic: 'nuclear',
    author: 'citizen_vera',
    body: 'Nuclear plants emit almost no carbon while running and produce steady power, so replacing coal with them cuts emissions without depending on the weather. The hard parts are build cost and waste storage, which need long-term public funding.',
    status: 'approved',
    feedback: 'Claim, reason and trade-off, in that order. The Ministry of Reason approves.',
    commentary:
      'A rare citizen who names the costs of their own position. Noted in your file, favourably.',
    minutesAgo: 240,
  },
  {
    key: 'nuclear-2',
    topic: 'nuclear',
    author: 'citizen_boris',
    parent: 'nuclear-1',
    body: 'Only an idiot would trust a reactor. You people never learn.',
    status: 'rejected',
    rejectionReason: 'poor_tone',
    feedback:
      'Citizen, "Only an idiot would trust a reactor" attacks people, not arguments. Restate your safety concern with a reason and it may be heard.',
    minutesAgo: 200,
  },
  {
    key: 'nuclear-3',
    topic: 'nuclear',
    author: 'citizen_ada',
    parent: 'nuclear-1',
    body: 'If we build one reactor, next thing you know every town will have one and accidents will be everywhere.',
    status: 'calibrate',
    feedback:
      'Calibration required. "next thing you know every town will have one" is a slippery slope: show why one step leads to the next, or argue the first step on its merits.',
    minutesAgo: 150,
  },
  {
    key: 'transit-1',
    topic: 'transit',
    author: 'citizen_ada',
    body: 'Free transit removes the fare barrier for the poorest riders, and cities that tried it saw ridership rise. The cost moves to taxes, which is fairer if car traffic falls because of it.',
    status: 'approved',
    feedback: 'Reasoned and relevant. Approved.',
    minutesAgo: 120,
  },
  {
    key: 'transit-2',
    topic: 'transit',
    author: 'citizen_vera',
    parent: 'transit-1',
    body: 'Ridership rose, but mostly from people who used to walk or cycle. Free fares help less than more frequent service does, because waiting time is what keeps drivers in their cars.',
    status: 'pending',
    minutesAgo: 5,
  },
  {
    key: 'four-day-1',
    topic: 'four-day-week',
    author: 'citizen_boris',
    body: 'BUY CHEAP WATCHES NOW http://spam.example http://spam.example http://spam.example http://spam.example',
    status: 'rejected',
    rejectionReason: 'terms_violation',
    termsViolation: true,
    feedback:
      'Terms violation: advertising and link flooding. This statement never reached the public.',
    minutesAgo: 90,
  },
  {
    key: 'four-day-2',
    topic: 'four-day-week',
    author: 'moderator_olga',
    body: 'Trials where firms kept pay and cut hours reported similar output and fewer sick days, because rested staff make fewer errors. It suits office work better than shift work, where hours are the output.',
    status: 'approved',
    feedback: 'Evidence, mechanism and a limit. Approved.',
    commentary: 'The Bureau of Labour has filed this under "useful".',
    minutesAgo: 60,
  },
];

const eventWeights = { post: 1 } as const;

function verdictEvent(status: ContentStatus): { kind: ModerationEventKind; delta: number } | null {
  if (status === 'approved') return { kind: 'post_approved', delta: eventWeights.post };
  if (status === 'rejected') return { kind: 'post_rejected', delta: -eventWeights.post };
  return null;
}

export interface SeedSummary {
  users: number;
  topics: number;
  posts: number;
}

export async function seed(db: Db, now = new Date()): Promise<SeedSummary> {
  const userIds = new Map<string, string>();
  for (const u of seedUsers) {
    const id = stableId(`user:${u.username}`);
    await db.user.upsert({
      where: { id },
      update: { role: u.role },
      create: {
        id,
        username: u.username,
        email: u.email,
        emailVerified: now,
        role: u.role,
        isSystem: u.isSystem ?? false,
        onboardedAt: now,
      },
    });
    userIds.set(u.username, id);
  }
  const overlordId = userIds.get(OVERLORD_USERNAME)!;

  const tagIds = new Map<string, string>();
  for (const slug of new Set(seedTopics.flatMap((t) => t.tags))) {
    const tag = await db.tag.upsert({
      where: { slug },
      update: {},
      create: { id: stableId(`tag:${slug}`), slug, label: slug.replace(/-/g, ' ') },
    });
    tagIds.set(slug, tag.id);
  }

  const topicIds = new Map<string, string>();
  for (const [i, t] of seedTopics.entries()) {
    const id = stableId(`topic:${t.key}`);
    // Older topics first, so the feed (newest first) shows the announcement on top.
    const at = new Date(now.getTime() - (seedTopics.length - i) * 86_400_000);
    await db.topic.upsert({
      where: { id },
      update: {},
      create: {
        id,
        title: t.title,
        description: t.description,
        authorId: overlordId,
        isSystem: true,
        status: 'approved',
        submittedAt: at,
        decidedAt: at,
        judge: 'system',
        tags: { create: t.tags.map((slug) => ({ tagId: tagIds.get(slug)! })) },
      },
    });
    topicIds.set(t.key, id);
  }

  const postIds = new Map<string, string>();
  for (const p of seedPosts) {
    const id = stableId(`post:${p.key}`);
    const at = new Date(now.getTime() - p.minutesAgo * 60_000);
    const authorId = userIds.get(p.author)!;
    const decided = p.status !== 'pending';
    await db.$transaction(async (tx) => {
      const existing = await tx.post.findUnique({ where: { id }, select: { id: true } });
      if (existing) return;
      await tx.post.create({
        data: {
          id,
          topicId: topicIds.get(p.topic)!,
          authorId,
          parentId: p.parent ? postIds.get(p.parent) : null,
          body: p.body,
          status: p.status,
          submittedAt: at,
          reviewStartedAt: decided ? at : null,
          decidedAt: decided ? new Date(at.getTime() + 2_000) : null,
          rejectionReason: p.rejectionReason ?? null,
          termsViolation: p.termsViolation ?? false,
          feedback: p.feedback ?? null,
          commentary: p.commentary ?? null,
          judge: decided ? 'seed' : null,
        },
      });
      const event = verdictEvent(p.status);
      if (event) {
        await tx.moderationEvent.create({
          data: {
            idempotencyKey: `verdict:post:${id}`,
            userId: authorId,
            kind: event.kind,
            delta: event.delta,
            postId: id,
          },
        });
        await tx.user.update({
          where: { id: authorId },
          data: { loyaltyScore: { increment: event.delta } },
        });
      }
    });
    postIds.set(p.key, id);
  }

  return { users: seedUsers.length, topics: seedTopics.length, posts: seedPosts.length };
}
