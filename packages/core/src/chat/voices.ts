// "Who argued like me on <topic>?" (docs/product.md §23). Public statements on the topic are found
// by meaning (content_embeddings), then ranked by closeness to the asker's own nearest statement
// on it: the closest are similar voices. Opposing voices need the model to read stance; the
// offline judge offers similar voices only, and says so.
import type { ChatIntent } from '@overlord/overlord';

import type { Actor, Deps } from '../deps.ts';
import { statementOnlySql } from '../visibility.ts';

const VOICES = 5;
const CANDIDATES = 40;

const excerpt = (text: string, max = 100) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

interface Candidate {
  id: string;
  body: string;
  username: string;
}

export async function similarVoices(
  deps: Deps,
  actor: Actor,
  intent: Extract<ChatIntent, { kind: 'voices' }>,
): Promise<string> {
  const { vectors, model } = await deps.overlord.embed([intent.topic]);
  const query = `[${vectors[0]!.join(',')}]`;
  const [own] = await deps.db.$queryRawUnsafe<{ body: string; embedding: string }[]>(
    `SELECT p.body, ce.embedding::text AS embedding
       FROM content_embeddings ce
       JOIN posts p ON ce.content_kind = 'post' AND p.id = ce.content_id
      WHERE ce.model = $2 AND p.author_id = $3::uuid
        AND p.status = 'approved' AND p.hidden_at IS NULL AND ${statementOnlySql('p')}
      ORDER BY ce.embedding <=> $1::vector
      LIMIT 1`,
    query,
    model,
    actor.id,
  );
  const reference = own?.embedding ?? query;
  const candidates = await deps.db.$queryRawUnsafe<Candidate[]>(
    `WITH nearest AS (
       SELECT content_id, embedding FROM content_embeddings
        WHERE model = $2 AND content_kind = 'post'
        ORDER BY embedding <=> $1::vector
        LIMIT $5
     )
     SELECT p.id, p.body, u.username
       FROM nearest n
       JOIN posts p ON p.id = n.content_id AND p.status = 'approved' AND p.hidden_at IS NULL
            AND ${statementOnlySql('p')} AND p.author_id <> $4::uuid
       JOIN users u ON u.id = p.author_id AND u.deleted_at IS NULL AND u.banned_at IS NULL
      ORDER BY n.embedding <=> $3::vector`,
    query,
    model,
    reference,
    actor.id,
    CANDIDATES,
  );
  const lead = own
    ? `measured against your own statement “${excerpt(own.body, 80)}”`
    : 'measured against the topic itself, since you have argued nothing on it';
  // An empty probe tells whether this judge can read stance at all (offline: null).
  const readsStance =
    (await deps.overlord.classifyStances({ position: 'probe', statements: [] })) !== null;

  if (intent.stance === 'opposing' && readsStance) {
    const stances = await deps.overlord.classifyStances({
      position: own?.body ?? intent.topic,
      statements: candidates.slice(0, 30).map((c) => ({ id: c.id, text: c.body })),
    });
    const opposing = candidates.filter((c) => stances?.[c.id] === 'opposes');
    return listOf(
      opposing,
      `Citizen ${actor.username}, citizens who argued against you on “${intent.topic}” (${lead}):`,
      `Citizen ${actor.username}, the Ministry found no citizen who argued against you on “${intent.topic}”.`,
    );
  }
  const note = readsStance
    ? ''
    : intent.stance === 'opposing'
      ? ' The offline Overlord cannot judge stance, so it offers similar voices only.'
      : ' (The offline Overlord finds similar voices by meaning only; it cannot judge opposing ones.)';
  return (
    listOf(
      candidates,
      `Citizen ${actor.username}, citizens who argued like you on “${intent.topic}” (${lead}):`,
      `Citizen ${actor.username}, the Ministry found no other citizen who argued on “${intent.topic}”.`,
    ) + note
  );
}

/** One line per citizen (their closest statement), each with a link to the profile. */
function listOf(candidates: Candidate[], heading: string, none: string): string {
  const seen = new Set<string>();
  const voices: Candidate[] = [];
  for (const c of candidates) {
    if (seen.has(c.username)) continue;
    seen.add(c.username);
    voices.push(c);
    if (voices.length === VOICES) break;
  }
  if (!voices.length) return none;
  return `${heading} ${voices
    .map((v) => `${v.username} (/citizens/${encodeURIComponent(v.username)}): “${excerpt(v.body)}”`)
    .join('; ')}.`;
}
