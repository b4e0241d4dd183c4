// PostgreSQL connections each environment opens, computed from what is deployed: render.yaml's
// instances and pool settings (or the apps' defaults, read from their env schemas) and the
// order in which .github/workflows/deploy.yml deploys the services. Render starts a deploy's
// new instances before it stops the old ones, so a service counts twice while it deploys. The
// smaller Render Postgres plans allow about 100 connections, a few of them kept for the
// superuser; docs/decisions.md ("Connections per service") has the table.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');
/** What a plan allows minus the superuser's reserve. */
const BUDGET = 95;

interface EnvVar {
  key?: string;
  value?: string | number;
  fromGroup?: string;
}
interface Service {
  type: string;
  name: string;
  numInstances?: number;
  envVars?: EnvVar[];
}
interface Environment {
  name: string;
  services?: Service[];
  envVarGroups?: { name: string; envVars?: EnvVar[] }[];
}
interface Blueprint {
  projects: { environments: Environment[] }[];
}
interface Workflow {
  jobs: Record<string, { environment?: string | { name: string }; steps?: { run?: string }[] }>;
}

/** A pool size's default, from the zod schema in an app's env module. */
function schemaDefault(file: string, key: string): number {
  const match = new RegExp(`${key}: z[^\\n]*\\.default\\((\\d+)\\)`).exec(read(file));
  if (!match) throw new Error(`${file} declares no default for ${key}`);
  return Number(match[1]);
}

/** The web's fixed pool (next-auth's adapter), from apps/web/src/server/db.ts. */
function webPool(): number {
  const match = /maxConnections: (\d+)/.exec(read('apps/web/src/server/db.ts'));
  if (!match) throw new Error('apps/web/src/server/db.ts sets no maxConnections');
  return Number(match[1]);
}

function connectionsPerInstance(service: Service, groups: Map<string, EnvVar[]>): number {
  // A service's own variables, and those of the groups it takes them from.
  const vars = (service.envVars ?? []).flatMap((v) =>
    v.fromGroup ? (groups.get(v.fromGroup) ?? []) : [v],
  );
  const env = new Map(vars.map((v) => [v.key, v.value]));
  const setting = (key: string, file: string) => Number(env.get(key) ?? schemaDefault(file, key));
  if (service.type === 'web' && service.name.includes('-api-')) {
    return setting('DATABASE_POOL_SIZE', 'apps/api/src/env.ts');
  }
  if (service.type === 'worker') {
    // The worker's own queries, graphile-worker's pool, and the liveness connection.
    return (
      setting('WORKER_DB_POOL_SIZE', 'apps/worker/src/env.ts') +
      setting('WORKER_QUEUE_POOL_SIZE', 'apps/worker/src/env.ts') +
      1
    );
  }
  if (service.type === 'web') return webPool();
  return 0; // Redis and the like
}

const blueprint = parse(read('render.yaml')) as Blueprint;
const workflow = parse(read('.github/workflows/deploy.yml')) as Workflow;

function budgetOf(environment: 'staging' | 'production') {
  const env = blueprint.projects.flatMap((p) => p.environments).find((e) => e.name === environment);
  const groups = new Map((env?.envVarGroups ?? []).map((g) => [g.name, g.envVars ?? []]));
  const services = env?.services ?? [];
  const byRole = new Map<string, number>();
  for (const service of services) {
    const role = /-(api|worker|web)-/.exec(service.name)?.[1];
    if (!role) continue;
    byRole.set(
      role.toUpperCase(),
      connectionsPerInstance(service, groups) * (service.numInstances ?? 1),
    );
  }
  const steady = [...byRole.values()].reduce((a, b) => a + b, 0);
  const job = Object.values(workflow.jobs).find((j) => {
    const name = typeof j.environment === 'string' ? j.environment : j.environment?.name;
    return name === environment;
  });
  const steps = (job?.steps ?? [])
    .map((s) => /render-deploy\.sh deploy ((?:[A-Z]+ ?)+)/.exec(s.run ?? '')?.[1]?.trim())
    .filter((names): names is string => Boolean(names))
    .map((names) => names.split(' '));
  // Each deploy step doubles the services it deploys; the api's pre-deploy migration adds one.
  const peaks = steps.map(
    (names) =>
      steady +
      names.reduce((sum, name) => sum + (byRole.get(name) ?? 0), 0) +
      (names.includes('API') ? 1 : 0),
  );
  return { byRole, steady, steps, peak: Math.max(steady, ...peaks) };
}

describe('database connections', () => {
  for (const environment of ['staging', 'production'] as const) {
    it(`${environment}: every service deploys, and the deploy peak stays within ${BUDGET}`, () => {
      const budget = budgetOf(environment);
      expect([...budget.byRole.keys()].sort()).toEqual(['API', 'WEB', 'WORKER']);
      // Every service is deployed by some step, each once.
      expect(budget.steps.flat().sort()).toEqual(['API', 'WEB', 'WORKER']);
      expect(budget.peak).toBeLessThanOrEqual(BUDGET);
    });
  }

  it('production as configured: 55 steady, 90 at the worker-and-web step', () => {
    const budget = budgetOf('production');
    expect(Object.fromEntries(budget.byRole)).toEqual({ API: 20, WORKER: 30, WEB: 5 });
    expect(budget.steady).toBe(55);
    expect(budget.peak).toBe(90);
  });
});
