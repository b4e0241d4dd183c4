// Sanctions (docs/product.md §10) are enforced on every submission path: a posting freeze refuses
// everything until it ends; a rate limit allows N submissions (topics, posts and messages
// together) per window. The database is the truth, so enforcement holds with Redis down.
import type { Db } from '@overlord/db';

import { DomainError } from '../errors.ts';

interface ActiveSanction {
  kind: 'freeze' | 'rate_limit';
  rate_limit_count: number | null;
  rate_limit_window_seconds: number | null;
  ends_at: Date | null;
}

function until(endsAt: Date | null): string {
  return endsAt
    ? `until ${endsAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`
    : 'until the Ministry lifts it';
}

/** Throws the Overlord's refusal when an active sanction forbids another submission now. */
export async function assertMaySubmit(db: Db, userId: string): Promise<void> {
  const sanctions = await db.$queryRawUnsafe<ActiveSanction[]>(
    `SELECT kind, rate_limit_count, rate_limit_window_seconds, ends_at
       FROM sanctions
      WHERE user_id = $1::uuid AND lifted_at IS NULL AND starts_at <= now()
        AND (ends_at IS NULL OR ends_at > now())`,
    userId,
  );
  if (sanctions.length === 0) return;

  const freeze = sanctions.find((s) => s.kind === 'freeze');
  if (freeze) {
    throw new DomainError(
      'FORBIDDEN',
      `Citizen, your speech is frozen ${until(freeze.ends_at)}. The tubes will not carry your statements.`,
    );
  }
  for (const limit of sanctions) {
    const count = limit.rate_limit_count ?? 0;
    const windowSeconds = limit.rate_limit_window_seconds ?? 0;
    if (windowSeconds <= 0) continue;
    const [{ recent }] = await db.$queryRawUnsafe<[{ recent: number }]>(
      `SELECT ((SELECT count(*) FROM posts WHERE author_id = $1::uuid AND submitted_at > $2)
             + (SELECT count(*) FROM topics WHERE author_id = $1::uuid AND submitted_at > $2)
             + (SELECT count(*) FROM private_messages WHERE sender_id = $1::uuid AND submitted_at > $2))::int AS recent`,
      userId,
      new Date(Date.now() - windowSeconds * 1000),
    );
    if (recent >= count) {
      throw new DomainError(
        'TOO_MANY_REQUESTS',
        `Citizen, your rate of speech is restricted: ${count} statement${count === 1 ? '' : 's'} per ${windowSeconds >= 3600 ? `${windowSeconds / 3600} hour(s)` : `${Math.round(windowSeconds / 60)} minute(s)`}, ${until(limit.ends_at)}. Wait your turn.`,
      );
    }
  }
}
