// The one accessor of run-time settings (docs/architecture.md §13). Every instance keeps the
// settings in memory and checks a version counter in Redis on each read: one GET, no database
// round trip. A change commits, then increments the counter, so the next request on any instance
// sees a new version and reloads from Postgres. With Redis unreachable the copy is trusted for a
// few seconds only, and every copy is reloaded after a minute whatever Redis says (a Redis that
// lost the counter cannot pin an old value).
import type { Db, Prisma } from '@overlord/db';
import type { Redis } from '@overlord/redis';

import { writeAudit } from '../audit/write.ts';
import { badgeNames } from '../badges/catalogue.ts';
import { spentTodayUsd } from '../costs/report.ts';
import type { Actor } from '../deps.ts';
import { DomainError } from '../errors.ts';
import type { SubmissionLimits } from '../limits/submission-limits.ts';
import {
  applyStored,
  defaultSettings,
  type PlatformSettingKey,
  type PlatformSettings,
  SETTING_KEYS,
  settingSchemas,
} from './catalogue.ts';

export const SETTINGS_VERSION_KEY = 'settings:version';
/** How long a copy is trusted when Redis cannot say whether it is current. */
const OFFLINE_TTL_MS = 5_000;
/** The backstop: no copy outlives this. */
const MAX_AGE_MS = 60_000;

export interface SettingsDeps {
  db: Db;
  redis: Redis;
  /** The deployment's env limits, the defaults of the submission-limit settings. */
  limits?: SubmissionLimits | undefined;
}

interface Cached {
  /** The stored rows, as read. */
  rows: { key: string; value: unknown }[];
  version: string | null;
  loadedAt: number;
  /** The settings built from the rows over the defaults of these limits. */
  limits: SubmissionLimits | undefined;
  settings: PlatformSettings;
}

// Per database client: tests run several databases in one process.
const cache = new WeakMap<Db, Cached>();

/** The rows over the defaults. Callers with other env limits (the api's, the worker's none) each
 *  get their own defaults from one copy of the rows. */
function build(rows: Cached['rows'], limits: SubmissionLimits | undefined): PlatformSettings {
  const settings = defaultSettings(limits);
  for (const row of rows) applyStored(settings, row.key, row.value);
  return settings;
}

async function currentVersion(redis: Redis): Promise<string | null | undefined> {
  try {
    return await redis.get(SETTINGS_VERSION_KEY);
  } catch {
    return undefined; // unknown: Redis is unreachable
  }
}

function load(db: Db): Promise<Cached['rows']> {
  return db.platformSetting.findMany({
    where: { key: { in: [...SETTING_KEYS] } },
    select: { key: true, value: true },
  });
}

/**
 * The settings in force for this request (or job). Treat the result as read-only: it is the
 * instance's shared copy.
 */
export async function readSettings(deps: SettingsDeps): Promise<PlatformSettings> {
  // Read the version before the rows: a change landing in between is seen as a new version on
  // the next read, never cached under the version it replaced.
  const version = await currentVersion(deps.redis);
  const cached = cache.get(deps.db);
  const age = cached ? Date.now() - cached.loadedAt : Infinity;
  if (cached && age < MAX_AGE_MS) {
    if (version === undefined ? age < OFFLINE_TTL_MS : version === cached.version) {
      if (cached.limits !== deps.limits) {
        cached.limits = deps.limits;
        cached.settings = build(cached.rows, deps.limits);
      }
      return cached.settings;
    }
  }
  const rows = await load(deps.db);
  const settings = build(rows, deps.limits);
  cache.set(deps.db, {
    rows,
    version: version ?? null,
    loadedAt: Date.now(),
    limits: deps.limits,
    settings,
  });
  return settings;
}

/** Tells every instance to reload (best effort: without Redis they reload within seconds). */
async function bumpVersion(redis: Redis): Promise<void> {
  try {
    await redis.incr(SETTINGS_VERSION_KEY);
  } catch {
    // Redis down: every copy is trusted for OFFLINE_TTL_MS only.
  }
}

export interface SettingEntry {
  key: PlatformSettingKey;
  /** The stored value, as the settings form sends it; null while the default applies. */
  stored: unknown;
  updatedAt: Date | null;
  updatedBy: string | null;
}

/** What is stored, key by key, for the settings page. */
export async function listStoredSettings(db: Db): Promise<SettingEntry[]> {
  const rows = await db.platformSetting.findMany({
    where: { key: { in: [...SETTING_KEYS] } },
    select: { key: true, value: true, updatedAt: true, updatedBy: { select: { username: true } } },
  });
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return SETTING_KEYS.map((key) => {
    const row = byKey.get(key);
    return {
      key,
      stored: row?.value ?? null,
      updatedAt: row?.updatedAt ?? null,
      updatedBy: row?.updatedBy?.username ?? null,
    };
  });
}

/**
 * Stores one setting (superadmins; docs/product.md §2) with an audit row of before and after,
 * in one transaction; `value` null goes back to the default. Then every instance reloads.
 */
export async function updateSetting(
  deps: SettingsDeps & { requestId?: string | undefined },
  actor: Actor,
  input: { key: PlatformSettingKey; value: unknown },
): Promise<PlatformSettings> {
  if (input.value !== null) {
    const parsed = settingSchemas[input.key].safeParse(input.value);
    if (!parsed.success) {
      throw new DomainError(
        'BAD_REQUEST',
        `That value is outside what the Ministry allows: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      );
    }
  }
  await deps.db.$transaction(async (tx) => {
    // Serialises two superadmins changing the same key, so before/after stay true.
    await tx.$executeRawUnsafe(
      'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
      `settings:${input.key}`,
    );
    const before = await tx.platformSetting.findUnique({
      where: { key: input.key },
      select: { value: true },
    });
    if (input.value === null) {
      await tx.platformSetting.deleteMany({ where: { key: input.key } });
    } else {
      const value = input.value as Prisma.InputJsonValue;
      await tx.platformSetting.upsert({
        where: { key: input.key },
        create: { key: input.key, value, updatedById: actor.id },
        update: { value, updatedById: actor.id },
        select: { key: true },
      });
    }
    await writeAudit(tx, actor, {
      action: 'settings.update',
      targetType: 'setting',
      targetId: input.key,
      before: { value: before?.value ?? null },
      after: { value: input.value },
      requestId: deps.requestId,
    });
  });
  cache.delete(deps.db);
  await bumpVersion(deps.redis);
  return readSettings(deps);
}

/** The settings page: what is in force, the defaults, what is stored, and today's spend. */
export async function settingsView(deps: SettingsDeps) {
  const [effective, stored, spent] = await Promise.all([
    readSettings(deps),
    listStoredSettings(deps.db),
    spentTodayUsd(deps.db),
  ]);
  return {
    effective,
    defaults: defaultSettings(deps.limits),
    stored,
    spentTodayUsd: spent,
    /** The badges whose thresholds the page offers, by name. */
    badges: [...badgeNames],
  };
}
