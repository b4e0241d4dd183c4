// Ask the Overlord acts (docs/product.md §23): an action proposed in the chat waits in Redis until
// the asker confirms it. Single-use (GETDEL), bound to the asker (the key holds their id, so another
// citizen's confirm finds nothing), and forgotten after a few minutes. At confirm time the
// permission table decides again, and the action runs through the same core function as its page.
import { randomUUID } from 'node:crypto';

import { z } from 'zod';

import { fileAppeal } from '../appeals/file.ts';
import { decideAppeal } from '../appeals/decide.ts';
import type { Actor, Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { decideFlag } from '../flags/decide.ts';
import { loyaltyStanding } from '../leaderboard/ranking.ts';
import { decideHeldItem } from '../moderation/held-decide.ts';
import { type Capability, decide } from '../permissions/table.ts';
import { liftSanction } from '../sanctions/manage.ts';
import { mergeTags, renameTag } from '../tags-admin/manage.ts';

/** How long a proposal waits for its confirmation. */
export const CHAT_PROPOSAL_TTL_SECONDS = 600;

const uuid = z.uuid();
/** A resolved action: concrete identifiers, exactly the input of the core function it runs. */
export const ChatActionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('fileAppeal'),
    input: z.object({ kind: z.enum(['post', 'topic']), id: uuid, reason: z.string() }),
  }),
  z.object({
    kind: z.literal('decideAppeal'),
    input: z.object({
      appealId: uuid,
      outcome: z.enum(['sustained', 'denied']),
      note: z.string(),
    }),
  }),
  z.object({
    kind: z.literal('decideFlag'),
    input: z.object({
      flagId: uuid,
      outcome: z.enum(['sustained', 'dismissed']),
      note: z.string(),
    }),
  }),
  z.object({
    kind: z.literal('decideHeld'),
    input: z.object({
      kind: z.enum(['topic', 'post', 'message']),
      id: uuid,
      outcome: z.enum(['release', 'reject']),
      note: z.string(),
    }),
  }),
  z.object({ kind: z.literal('liftSanction'), input: z.object({ sanctionId: uuid }) }),
  z.object({
    kind: z.literal('renameTag'),
    input: z.object({ slug: z.string(), label: z.string(), newSlug: z.string() }),
  }),
  z.object({
    kind: z.literal('mergeTags'),
    input: z.object({ from: z.string(), into: z.string() }),
  }),
]);
export type ChatAction = z.infer<typeof ChatActionSchema>;
export type ChatActionKind = ChatAction['kind'];

/** The permission table's capability each action needs: the same as its page's procedure. */
export const chatActionCapability: Record<ChatActionKind, Capability> = {
  fileAppeal: 'appealAndFlag',
  decideAppeal: 'moderate',
  decideFlag: 'moderate',
  decideHeld: 'moderate',
  liftSanction: 'escalateSanctions',
  renameTag: 'editTags',
  mergeTags: 'editTags',
};

/** What the conversation shows: the action in words, to be confirmed or cancelled. */
export interface ChatProposal {
  id: string;
  kind: ChatActionKind;
  description: string;
  expiresAt: Date;
}

export interface ChatActionResult {
  kind: ChatActionKind;
  message: string;
}

const proposalKey = (actorId: string, proposalId: string) =>
  `chat:proposal:${actorId}:${proposalId}`;

/** Does the permission table let this (signed-in, not banned) actor do it? */
export async function actorMay(
  deps: Pick<Deps, 'db' | 'redis'>,
  actor: Actor,
  capability: Capability,
): Promise<boolean> {
  const verdict = await decide(capability, actor, false, {
    top10PercentLoyalty: async () =>
      (await loyaltyStanding(deps, actor.id))?.inTop10Percent ?? false,
  });
  return verdict === 'allowed';
}

/** Keeps a proposal for the asker; the caller has already checked their permission. */
export async function storeProposal(
  deps: Pick<Deps, 'redis'>,
  actor: Actor,
  action: ChatAction,
  description: string,
): Promise<ChatProposal> {
  const id = randomUUID();
  try {
    await deps.redis.set(
      proposalKey(actor.id, id),
      JSON.stringify({ action, description }),
      'EX',
      CHAT_PROPOSAL_TTL_SECONDS,
    );
  } catch {
    throw new DomainError('SERVICE_UNAVAILABLE', UNAVAILABLE);
  }
  return {
    id,
    kind: action.kind,
    description,
    expiresAt: new Date(Date.now() + CHAT_PROPOSAL_TTL_SECONDS * 1_000),
  };
}

const UNAVAILABLE =
  'The Ministry cannot hold proposals just now, so it proposes nothing. Ask again shortly.';

const GONE =
  'Citizen, the Ministry holds no such proposal for you: it was confirmed, cancelled or has expired. Ask again.';

/** Takes the proposal out of Redis: whatever happens next, it cannot run twice. */
async function takeProposal(
  deps: Pick<Deps, 'redis'>,
  actor: Actor,
  proposalId: string,
): Promise<ChatAction> {
  const raw = await deps.redis.getdel(proposalKey(actor.id, proposalId)).catch(() => {
    throw new DomainError('SERVICE_UNAVAILABLE', UNAVAILABLE);
  });
  if (!raw) throw new DomainError('NOT_FOUND', GONE);
  const parsed = ChatActionSchema.safeParse((JSON.parse(raw) as { action: unknown }).action);
  if (!parsed.success) throw new DomainError('NOT_FOUND', GONE);
  return parsed.data;
}

const done: Record<ChatActionKind, string> = {
  fileAppeal: 'Your appeal is filed. The Ministry’s moderators will hear it; you will be told.',
  decideAppeal: 'The appeal is decided. The citizen has been told.',
  decideFlag: 'The report is decided. The reporters have been told.',
  decideHeld: 'The held item is decided.',
  liftSanction: 'The sanction is lifted. The citizen has been told.',
  renameTag: 'The tag is renamed.',
  mergeTags: 'The tags are merged.',
};

/**
 * Runs a confirmed proposal as the actor: the permission table decides again (a rank lost since
 * the proposal loses the action), then the page's own core function runs, with its own rules and
 * audit rows.
 */
export async function confirmProposal(
  deps: Deps & { requestId?: string | undefined },
  actor: Actor,
  proposalId: string,
): Promise<ChatActionResult> {
  const action = await takeProposal(deps, actor, proposalId);
  if (!(await actorMay(deps, actor, chatActionCapability[action.kind]))) {
    throw new DomainError('FORBIDDEN', 'Your rank does not permit this, citizen.');
  }
  const requestId = deps.requestId;
  const extra = requestId ? { requestId } : {};
  switch (action.kind) {
    case 'fileAppeal':
      await fileAppeal(deps, actor, action.input);
      break;
    case 'decideAppeal':
      await decideAppeal(deps, actor, action.input);
      break;
    case 'decideFlag':
      await decideFlag(deps, actor, action.input);
      break;
    case 'decideHeld':
      await decideHeldItem(deps, actor, { ...action.input, requestId });
      break;
    case 'liftSanction':
      await liftSanction(deps, actor, { ...action.input, ...extra });
      break;
    case 'renameTag':
      await renameTag(deps.db, actor, { ...action.input, ...extra });
      break;
    case 'mergeTags':
      await mergeTags(deps.db, actor, { ...action.input, ...extra });
      break;
  }
  return { kind: action.kind, message: done[action.kind] };
}

/** Drops a proposal unconfirmed. */
export async function cancelProposal(
  deps: Pick<Deps, 'redis'>,
  actor: Actor,
  proposalId: string,
): Promise<{ cancelled: true }> {
  await takeProposal(deps, actor, proposalId);
  return { cancelled: true };
}
