// Awards badges from verdict history (docs/product.md §8). Awards are facts derived from the stored
// verdicts, so one idempotent statement recomputes them: a crash or a missed run is repaired by
// the next run, and the unique (user, badge) pair means nobody is awarded twice.
import { type Db, sqlPool } from '@overlord/db';
import type { Redis } from '@overlord/redis';

import { readSettings } from '../settings/store.ts';
import {
  type BadgeCriteria,
  badgeCatalogue,
  badgeCatalogueWith,
  type BadgeDefinition,
} from './catalogue.ts';

/**
 * Stores the catalogue in `badges` (new badges, changed names, descriptions or criteria).
 * Returns how many badges it added or changed.
 */
export async function syncBadgeCatalogue(
  db: Db,
  catalogue: readonly BadgeDefinition[] = badgeCatalogue,
): Promise<number> {
  const { rowCount } = await sqlPool(db).query(
    `INSERT INTO badges (id, slug, name, description, polarity, criteria)
     SELECT gen_random_uuid(), b.slug, b.name, b.description, b.polarity::"BadgePolarity", b.criteria
       FROM jsonb_to_recordset($1::jsonb)
            AS b(slug text, name text, description text, polarity text, criteria jsonb)
     ON CONFLICT (slug) DO UPDATE
        SET name = excluded.name, description = excluded.description,
            polarity = excluded.polarity, criteria = excluded.criteria
      WHERE (badges.name, badges.description, badges.polarity, badges.criteria)
            IS DISTINCT FROM (excluded.name, excluded.description, excluded.polarity, excluded.criteria)`,
    [JSON.stringify(catalogue)],
  );
  return rowCount ?? 0;
}

/** The SQL condition on a post `p` for one badge's criteria; values go through `param`. */
function condition(criteria: BadgeCriteria, param: (value: unknown) => string): string {
  const parts = [`p.status::text = ANY(${param(criteria.verdicts)}::text[])`];
  if (criteria.findingCodes) {
    parts.push(
      `EXISTS (SELECT 1 FROM jsonb_array_elements(p.evaluation->'findings') f
                WHERE f->>'code' = ANY(${param(criteria.findingCodes)}::text[]))`,
    );
  }
  if (criteria.rejectionReasons) {
    parts.push(`p.rejection_reason::text = ANY(${param(criteria.rejectionReasons)}::text[])`);
  }
  if (criteria.minLogic !== undefined) {
    parts.push(`(p.evaluation->'scores'->>'logic')::float8 >= ${param(criteria.minLogic)}::float8`);
  }
  if (criteria.evidence) parts.push(`(p.evaluation->>'evidence')::boolean IS TRUE`);
  if (criteria.resubmission) parts.push('p.resubmission_of_id IS NOT NULL');
  return parts.join(' AND ');
}

export interface NewAward {
  userId: string;
  slug: string;
}

/**
 * Awards every badge whose criteria a citizen's judged statements now meet. `since` limits the
 * run to citizens with a verdict at or after that moment (the frequent incremental run); without
 * it every citizen is checked. Returns the awards made by this call.
 */
export async function awardBadges(
  db: Db,
  {
    since,
    catalogue = badgeCatalogue,
  }: { since?: Date; catalogue?: readonly BadgeDefinition[] } = {},
): Promise<NewAward[]> {
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const scope = since
    ? `AND p.author_id IN (SELECT author_id FROM posts WHERE decided_at >= ${param(since)}::timestamptz)`
    : '';
  const earned = catalogue.map(
    (badge) =>
      `SELECT ${param(badge.slug)}::text AS slug, p.author_id
         FROM posts p
        WHERE ${condition(badge.criteria, param)} ${scope}
        GROUP BY p.author_id
       HAVING count(*) >= ${param(badge.criteria.count)}::int`,
  );
  const { rows } = await sqlPool(db).query<{ user_id: string; slug: string }>(
    `WITH earned AS (${earned.join('\nUNION ALL\n')}),
     awarded AS (
       INSERT INTO badge_awards (id, user_id, badge_id)
       SELECT gen_random_uuid(), e.author_id, b.id
         FROM earned e
         JOIN badges b ON b.slug = e.slug
         JOIN users u ON u.id = e.author_id AND u.deleted_at IS NULL AND NOT u.is_system
       ON CONFLICT (user_id, badge_id) DO NOTHING
       RETURNING user_id, badge_id
     )
     SELECT a.user_id, b.slug FROM awarded a JOIN badges b ON b.id = a.badge_id`,
    values,
  );
  return rows.map((r) => ({ userId: r.user_id, slug: r.slug }));
}

/**
 * One run of the award job with the thresholds in force (settings `badge_thresholds`, read on
 * each run): stores the catalogue they make, then awards. A run that changed the stored catalogue
 * (a threshold changed since the last run, or a badge was added) checks every citizen, not only
 * those judged since `since`, so a lowered threshold reaches everyone who now meets it on the
 * next run. Awards are never taken back: a raised threshold applies to awards from then on.
 */
export async function runBadgeAwards(
  deps: { db: Db; redis: Redis },
  { since }: { since?: Date | undefined } = {},
): Promise<{ awards: NewAward[]; everyone: boolean }> {
  const { badgeThresholds } = await readSettings(deps);
  const catalogue = badgeCatalogueWith(badgeThresholds);
  const changed = await syncBadgeCatalogue(deps.db, catalogue);
  const everyone = !since || changed > 0;
  const awards = await awardBadges(deps.db, {
    ...(everyone ? {} : { since }),
    catalogue,
  });
  return { awards, everyone };
}
