// Structural checks of the deployment files (render.yaml, .github/workflows) against
// docs/product.md §15 and docs/architecture.md §12, plus behaviour tests of the CI shell scripts
// against local fake servers (no network).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_PRICES } from '@overlord/overlord';
import { parse } from 'yaml';

import { internalApiUrl } from '../../apps/web/src/env.ts';
import { currentDomain } from '../../scripts/deploy-domain.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DOMAIN = 'therobotoverlord.com';
/** Ports Render's private network cannot carry (10000 is every web service's default PORT). */
const PRIVATE_NETWORK_RESERVED = [10000, 18012, 18013, 19099];

// ---------------------------------------------------------------------------------------------
// Types (only what the checks read)
// ---------------------------------------------------------------------------------------------
interface EnvVar {
  key?: string;
  value?: string | number;
  generateValue?: boolean;
  sync?: boolean;
  fromGroup?: string;
  fromDatabase?: { name: string; property: string };
  fromService?: { type: string; name: string; property?: string; envVarKey?: string };
}
interface Service {
  type: string;
  name: string;
  runtime?: string;
  region?: string;
  branch?: string;
  buildCommand?: string;
  startCommand?: string;
  preDeployCommand?: string;
  healthCheckPath?: string;
  domains?: string[];
  envVars?: EnvVar[];
  autoDeploy?: boolean;
  autoDeployTrigger?: string;
  numInstances?: number;
  image?: { url: string };
  dockerCommand?: string;
  disk?: { name: string; mountPath: string; sizeGB?: number };
}
interface Database {
  name: string;
  region?: string;
  postgresMajorVersion?: string | number;
}
interface EnvVarGroup {
  name: string;
  envVars: EnvVar[];
}
interface Environment {
  name: string;
  services?: Service[];
  databases?: Database[];
  envVarGroups?: EnvVarGroup[];
}
interface Blueprint {
  projects?: { name: string; environments: Environment[] }[];
  services?: Service[];
  databases?: Database[];
  envVarGroups?: EnvVarGroup[];
}
interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  uses?: string;
  needs?: string | string[];
  if?: string;
  'runs-on'?: string;
  environment?: string | { name: string; url?: string };
  concurrency?: string | { group: string; 'cancel-in-progress'?: boolean };
  services?: Record<
    string,
    { image: string; env?: Record<string, string>; ports?: string[]; options?: string }
  >;
  env?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------
const read = (rel: string): string => readFileSync(path.join(root, rel), 'utf8');
const blueprint = parse(read('render.yaml')) as Blueprint;
const ci = parse(read('.github/workflows/ci.yml')) as Workflow;
const deploy = parse(read('.github/workflows/deploy.yml')) as Workflow;

interface PackageJson {
  name: string;
  scripts?: Record<string, string>;
  engines?: Record<string, string>;
}
const rootPkg = JSON.parse(read('package.json')) as PackageJson;
const workspacePkgs = new Map<string, PackageJson>();
for (const dir of ['apps', 'packages']) {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const file = path.join(root, dir, entry.name, 'package.json');
    if (entry.isDirectory() && existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
      workspacePkgs.set(pkg.name, pkg);
    }
  }
}

const EXPECTED = {
  staging: {
    branch: 'staging',
    web: [`staging.${DOMAIN}`],
    api: [`api.staging.${DOMAIN}`],
    job: 'deploy-staging',
  },
  production: {
    branch: 'main',
    // Render adds www.<domain> itself and redirects it to the apex.
    web: [DOMAIN],
    api: [`api.${DOMAIN}`],
    job: 'deploy-production',
  },
} as const;
type EnvName = keyof typeof EXPECTED;
const ENV_NAMES = Object.keys(EXPECTED) as EnvName[];

function environments(): Environment[] {
  return (blueprint.projects ?? []).flatMap((p) => p.environments ?? []);
}
function environment(name: EnvName): Environment {
  const env = environments().find((e) => e.name === name);
  if (!env) throw new Error(`render.yaml has no environment "${name}"`);
  return env;
}
type Role = 'web' | 'api' | 'worker';
/** A service's role is the workspace its start command runs (`npm run start -w @overlord/<role>`). */
function service(env: Environment, role: Role): Service {
  const found = (env.services ?? []).filter((s) =>
    new RegExp(`-w\\s+@overlord/${role}(\\s|$)`).test(s.startCommand ?? ''),
  );
  if (found.length !== 1) {
    throw new Error(`environment ${env.name}: expected one ${role} service, found ${found.length}`);
  }
  return found[0]!;
}
function redis(env: Environment): Service {
  const found = (env.services ?? []).filter((s) => /(^|\/)redis:8(\.|$)/.test(s.image?.url ?? ''));
  if (found.length !== 1) {
    throw new Error(`environment ${env.name}: expected one Redis 8 service, found ${found.length}`);
  }
  return found[0]!;
}
const gitServices = (env: Environment): Service[] =>
  (env.services ?? []).filter((s) => s.runtime !== 'image' && s.runtime !== 'docker');

/** Effective env vars of a service: groups (resolved in the same environment) then its own vars. */
function effectiveEnv(env: Environment, svc: Service): Map<string, EnvVar> {
  const out = new Map<string, EnvVar>();
  for (const entry of svc.envVars ?? []) {
    if (entry.fromGroup !== undefined) {
      const group = (env.envVarGroups ?? []).find((g) => g.name === entry.fromGroup);
      if (!group) throw new Error(`${svc.name}: env group ${entry.fromGroup} not in ${env.name}`);
      for (const v of group.envVars) if (v.key) out.set(v.key, v);
    } else if (entry.key) {
      out.set(entry.key, entry);
    }
  }
  return out;
}
function literal(env: Environment, svc: Service, key: string): string {
  const v = effectiveEnv(env, svc).get(key);
  if (v?.value === undefined) throw new Error(`${svc.name}: ${key} has no literal value`);
  return String(v.value);
}
const isParentDomain = (parent: string, host: string): boolean =>
  host === parent || host.endsWith(`.${parent}`);

/** Every string value in a parsed YAML document. */
function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (node && typeof node === 'object') return Object.values(node).flatMap(strings);
  return [];
}

/**
 * Everything a domain change must keep consistent, as a list of problems (empty = consistent):
 * custom domains, the browser's api URL, CORS origins, next-auth's URL and the cookie domain all
 * derive from one apex, and no other host name appears anywhere in the blueprint.
 */
function domainProblems(bp: Blueprint, domain: string): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  for (const value of strings(bp)) {
    if (value.startsWith('docker.io/')) continue;
    for (const host of value.match(/\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b/gi) ?? []) {
      // Words like `npm run db:migrate:deploy` or file names are not hosts.
      if (/\.(ts|sh|json|ya?ml|md)$/i.test(host)) continue;
      check(isParentDomain(domain, host.toLowerCase()), `stray host ${host}`);
    }
  }
  const expected = {
    staging: {
      web: [`staging.${domain}`],
      api: `api.staging.${domain}`,
      cookie: `staging.${domain}`,
    },
    production: { web: [domain], api: `api.${domain}`, cookie: domain },
  };
  for (const name of ENV_NAMES) {
    const env = (bp.projects ?? []).flatMap((p) => p.environments).find((e) => e.name === name);
    if (!env) {
      problems.push(`no ${name} environment`);
      continue;
    }
    const want = expected[name];
    const web = service(env, 'web');
    const api = service(env, 'api');
    const val = (s: Service, key: string) => effectiveEnv(env, s).get(key)?.value;
    check(JSON.stringify(web.domains) === JSON.stringify(want.web), `${name} web domains`);
    check(JSON.stringify(api.domains) === JSON.stringify([want.api]), `${name} api domains`);
    check(val(web, 'NEXT_PUBLIC_API_URL') === `https://${want.api}`, `${name} NEXT_PUBLIC_API_URL`);
    check(val(web, 'AUTH_URL') === `https://${want.web[0]}`, `${name} AUTH_URL`);
    check(
      val(api, 'CORS_ORIGINS') === want.web.map((h) => `https://${h}`).join(','),
      `${name} CORS_ORIGINS`,
    );
    for (const s of [web, api]) {
      check(val(s, 'AUTH_COOKIE_DOMAIN') === want.cookie, `${name} ${s.name} AUTH_COOKIE_DOMAIN`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// render.yaml
// ---------------------------------------------------------------------------------------------
describe('render.yaml', () => {
  it('defines exactly the staging and production environments, nothing outside them', () => {
    expect(
      environments()
        .map((e) => e.name)
        .sort(),
    ).toEqual(['production', 'staging']);
    expect(blueprint.services ?? []).toEqual([]);
    expect(blueprint.databases ?? []).toEqual([]);
  });

  it('uses names that are unique across the whole blueprint', () => {
    const names = environments().flatMap((e) => [
      ...(e.services ?? []).map((s) => s.name),
      ...(e.databases ?? []).map((d) => d.name),
    ]);
    const groups = environments().flatMap((e) => (e.envVarGroups ?? []).map((g) => g.name));
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(groups).size).toBe(groups.length);
  });

  it.each(ENV_NAMES)(
    '%s: every Git-backed service deploys from its branch, never on its own',
    (name) => {
      const env = environment(name);
      const services = gitServices(env);
      expect(services.length).toBeGreaterThanOrEqual(3);
      for (const s of services) {
        expect(s.branch, s.name).toBe(EXPECTED[name].branch);
        // Deploys come from GitHub Actions after the tests; Render must not deploy by itself.
        expect(s.autoDeployTrigger, s.name).toBe('off');
        expect(s.autoDeploy, s.name).not.toBe(true);
      }
    },
  );

  it.each(ENV_NAMES)(
    '%s: web, api and worker have type, runtime, build and start commands',
    (name) => {
      const env = environment(name);
      const expectedType: Record<Role, string> = { web: 'web', api: 'web', worker: 'worker' };
      for (const role of ['web', 'api', 'worker'] as const) {
        const s = service(env, role);
        expect(s.type, s.name).toBe(expectedType[role]);
        expect(s.runtime, s.name).toBe('node');
        expect(s.buildCommand, s.name).toMatch(/^npm ci\b/);
        expect(s.startCommand, s.name).toBe(`npm run start -w @overlord/${role}`);
      }
      expect(service(env, 'web').buildCommand).toMatch(/&& npm run build$/);
      expect(service(env, 'api').buildCommand).toMatch(/npm run db:generate/);
      expect(service(env, 'worker').buildCommand).toMatch(/npm run db:generate/);
    },
  );

  it.each(ENV_NAMES)('%s: api migrates in its pre-deploy step; health check paths', (name) => {
    const env = environment(name);
    const api = service(env, 'api');
    const script = api.preDeployCommand?.match(/^npm run ([\w:.-]+)$/)?.[1];
    expect(script, 'preDeployCommand must be `npm run <script>`').toBeDefined();
    // One migration path: the project's runner, the one CI tests (not the Prisma CLI).
    expect(rootPkg.scripts?.[script!]).toBe('tsx scripts/migrate.ts');
    expect(rootPkg.scripts?.['db:migrate']).toBe(rootPkg.scripts?.[script!]);
    // Migrations keep a direct connection even when DATABASE_URL goes through a pooler.
    expect(effectiveEnv(env, api).get('DATABASE_DIRECT_URL')?.fromDatabase).toEqual({
      name: env.databases?.[0]?.name,
      property: 'connectionString',
    });
    // Render routes on liveness; readiness (Redis, migrations) is the pipeline's check.
    expect(api.healthCheckPath).toBe('/healthz');
    expect(service(env, 'web').healthCheckPath).toBe('/healthz');
    // Only the api migrates: a second migrating service would race it.
    for (const s of env.services ?? []) {
      if (s !== api) expect(s.preDeployCommand, s.name).toBeUndefined();
    }
  });

  it.each(ENV_NAMES)('%s: every service has the environment variables it needs', (name) => {
    const env = environment(name);
    const required: Record<Role, string[]> = {
      api: [
        'DATABASE_URL',
        'REDIS_URL',
        'REDIS_PASSWORD',
        'CORS_ORIGINS',
        'AUTH_SECRET',
        'APP_ENV',
        'NODE_ENV',
        'PORT',
      ],
      worker: [
        'DATABASE_URL',
        'REDIS_URL',
        'REDIS_PASSWORD',
        'APP_ENV',
        'NODE_ENV',
        'WORKER_CONCURRENCY',
      ],
      web: [
        'NEXT_PUBLIC_API_URL',
        'API_INTERNAL_HOST',
        'API_INTERNAL_PORT',
        'REDIS_URL',
        'REDIS_PASSWORD',
        'APP_ENV',
        'NODE_ENV',
      ],
    };
    for (const role of ['web', 'api', 'worker'] as const) {
      const s = service(env, role);
      const keys = effectiveEnv(env, s);
      for (const key of required[role]) expect(keys.has(key), `${s.name} lacks ${key}`).toBe(true);
      expect(literal(env, s, 'APP_ENV'), s.name).toBe(name);
      expect(literal(env, s, 'NODE_ENV'), s.name).toBe('production');
      expect(literal(env, s, 'NODE_VERSION'), s.name).toMatch(/^24(\.|$)/);
    }
  });

  it.each(ENV_NAMES)(
    '%s: a model judges: api and worker run Anthropic with its key prompted',
    (name) => {
      const env = environment(name);
      for (const role of ['api', 'worker'] as const) {
        const s = service(env, role);
        const vars = effectiveEnv(env, s);
        expect(literal(env, s, 'OVERLORD_PROVIDER'), s.name).toBe('anthropic');
        // Model ids are configuration, and each has a default price, so cost is measured.
        for (const key of ['ANTHROPIC_MODEL', 'ANTHROPIC_FAST_MODEL']) {
          expect(literal(env, s, key), `${s.name} ${key}`).toMatch(/^claude-[a-z0-9.-]+$/);
          expect(Object.keys(DEFAULT_MODEL_PRICES), `${s.name} ${key}`).toContain(
            literal(env, s, key),
          );
        }
        // The key is prompted when the Blueprint is created, never committed.
        expect(vars.get('ANTHROPIC_API_KEY'), s.name).toEqual({
          key: 'ANTHROPIC_API_KEY',
          sync: false,
        });
        // Running the offline judge instead is the operator's explicit choice, never the file's.
        expect(vars.has('OVERLORD_ALLOW_OFFLINE'), s.name).toBe(false);
      }
    },
  );

  it.each(ENV_NAMES)('%s: references resolve inside the same environment', (name) => {
    const env = environment(name);
    const dbNames = (env.databases ?? []).map((d) => d.name);
    const byName = new Map((env.services ?? []).map((s) => [s.name, s]));
    for (const s of env.services ?? []) {
      for (const [key, v] of effectiveEnv(env, s)) {
        if (v.fromDatabase) {
          expect(dbNames, `${s.name} ${key}`).toContain(v.fromDatabase.name);
          expect(v.fromDatabase.property, `${s.name} ${key}`).toBe('connectionString');
        }
        if (v.fromService) {
          const target = byName.get(v.fromService.name);
          expect(target, `${s.name} ${key} -> ${v.fromService.name}`).toBeDefined();
          expect(v.fromService.type, `${s.name} ${key}`).toBe(target!.type);
        }
      }
    }
    const api = service(env, 'api');
    const redisName = redis(env).name;
    for (const s of [api, service(env, 'worker'), service(env, 'web')]) {
      const url = effectiveEnv(env, s).get('REDIS_URL');
      expect(url?.fromService, s.name).toEqual({
        type: 'pserv',
        name: redisName,
        property: 'hostport',
      });
    }
    const web = effectiveEnv(env, service(env, 'web'));
    expect(web.get('API_INTERNAL_HOST')?.fromService).toEqual({
      type: 'web',
      name: api.name,
      property: 'host',
    });
    expect(web.get('API_INTERNAL_PORT')?.fromService).toEqual({
      type: 'web',
      name: api.name,
      envVarKey: 'PORT',
    });
  });

  it.each(ENV_NAMES)(
    "%s: the web reaches the api on the private network on a port that isn't 10000",
    (name) => {
      const env = environment(name);
      const api = service(env, 'api');
      const web = service(env, 'web');
      // The api listens on an explicit PORT; left unset, Render would give it 10000.
      const port = Number(literal(env, api, 'PORT'));
      expect(Number.isInteger(port) && port > 0 && port < 65536, `api PORT ${port}`).toBe(true);
      expect(PRIVATE_NETWORK_RESERVED).not.toContain(port);
      // The web's internal URL is built from the api's own PORT variable, never from `hostport`
      // (whose port Render detects) and never a literal that could drift from the api's.
      const webEnv = effectiveEnv(env, web);
      expect(webEnv.has('API_INTERNAL_URL'), 'API_INTERNAL_URL would override host/port').toBe(
        false,
      );
      const portRef = webEnv.get('API_INTERNAL_PORT')?.fromService;
      expect(portRef?.name).toBe(api.name);
      expect(literal(env, api, portRef!.envVarKey!)).toBe(String(port));
      // What the web app makes of it: http://<api private host>:<port>.
      const resolved = internalApiUrl({
        API_INTERNAL_HOST: `${api.name}-private`,
        API_INTERNAL_PORT: literal(env, api, portRef!.envVarKey!),
        NEXT_PUBLIC_API_URL: literal(env, web, 'NEXT_PUBLIC_API_URL'),
      });
      expect(resolved).toBe(`http://${api.name}-private:${port}`);
      expect(new URL(resolved!).port).not.toBe('10000');
      // No service reaches a web service by `hostport`.
      for (const s of env.services ?? []) {
        for (const [key, v] of effectiveEnv(env, s)) {
          if (v.fromService?.type === 'web') {
            expect(v.fromService.property, `${s.name} ${key}`).not.toBe('hostport');
          }
        }
      }
    },
  );

  it('deploys on Node 24 LTS; package.json engines allow exactly the versions CI tests', () => {
    expect(rootPkg.engines?.node).toBe('^20.19 || ^24');
  });

  it.each(ENV_NAMES)('%s: secrets are generated or prompted, never committed', (name) => {
    const env = environment(name);
    const api = service(env, 'api');
    expect(effectiveEnv(env, api).get('AUTH_SECRET')?.generateValue).toBe(true);
    for (const s of [api, service(env, 'worker')]) {
      for (const key of ['ANTHROPIC_API_KEY', 'OPENAI_API_KEY']) {
        const v = effectiveEnv(env, s).get(key);
        expect(v?.sync, `${s.name} ${key}`).toBe(false);
        expect(v?.value, `${s.name} ${key}`).toBeUndefined();
      }
    }
    for (const s of env.services ?? []) {
      for (const [key, v] of effectiveEnv(env, s)) {
        if (/SECRET|PASSWORD|TOKEN|_KEY$/.test(key)) {
          expect(v.value, `${s.name} commits a literal ${key}`).toBeUndefined();
        }
      }
    }
  });

  it('staging and production configure each service the same way (only values differ)', () => {
    const kind = (v: EnvVar): string =>
      v.generateValue
        ? 'generated'
        : v.sync === false
          ? 'prompted'
          : v.fromDatabase
            ? 'database'
            : v.fromService
              ? `service:${v.fromService.type}:${v.fromService.property ?? v.fromService.envVarKey}`
              : 'value';
    const shape = (name: EnvName, role: Role): Record<string, string> => {
      const env = environment(name);
      return Object.fromEntries(
        [...effectiveEnv(env, service(env, role))].map(([k, v]) => [k, kind(v)]),
      );
    };
    for (const role of ['web', 'api', 'worker'] as const) {
      expect(shape('staging', role), role).toEqual(shape('production', role));
    }
  });

  it.each(ENV_NAMES)('%s: custom domains follow docs/product.md §15', (name) => {
    const env = environment(name);
    expect(service(env, 'web').domains).toEqual([...EXPECTED[name].web]);
    expect(service(env, 'api').domains).toEqual([...EXPECTED[name].api]);
    expect(service(env, 'worker').domains).toBeUndefined();
    expect(redis(env).domains).toBeUndefined();
  });

  it('names one domain throughout (what `npm run deploy:domain` rewrites)', () => {
    const all = environments().flatMap((e) => (e.services ?? []).flatMap((s) => s.domains ?? []));
    expect(all.length).toBe(4);
    expect(domainProblems(blueprint, DOMAIN)).toEqual([]);
    // The apex the rewrite starts from is the production web domain.
    expect(currentDomain(read('render.yaml'))).toBe(DOMAIN);
  });

  it('`npm run deploy:domain -- <domain>` rewrites every host consistently', async () => {
    expect(rootPkg.scripts?.['deploy:domain']).toBe('tsx scripts/deploy-domain.ts');
    const dir = mkdtempSync(path.join(tmpdir(), 'overlord-domain-'));
    try {
      const yamlCopy = path.join(dir, 'render.yaml');
      const readmeCopy = path.join(dir, 'README.md');
      writeFileSync(yamlCopy, read('render.yaml'));
      writeFileSync(readmeCopy, read('README.md'));
      const tsx = path.join(root, 'node_modules/.bin/tsx');
      const script = path.join(root, 'scripts/deploy-domain.ts');
      const r = await run(tsx, [script, '--file', yamlCopy, '--file', readmeCopy, 'example.org']);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const rewritten = readFileSync(yamlCopy, 'utf8');
      expect(domainProblems(parse(rewritten) as Blueprint, 'example.org')).toEqual([]);
      expect(rewritten).not.toContain(DOMAIN);
      expect(readFileSync(readmeCopy, 'utf8')).not.toContain(DOMAIN);
      expect(readFileSync(readmeCopy, 'utf8')).toContain('api.staging.example.org');
      // Refused: a URL, a www host, nothing at all.
      for (const bad of [['https://example.org'], ['www.example.org'], []]) {
        const refused = await run(tsx, [script, '--file', yamlCopy, ...bad]);
        expect(refused.code, bad.join(' ')).toBe(2);
      }
      expect(readFileSync(yamlCopy, 'utf8')).toBe(rewritten);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it.each(ENV_NAMES)("%s: the api accepts only this environment's web origins", (name) => {
    const env = environment(name);
    const origins = literal(env, service(env, 'api'), 'CORS_ORIGINS')
      .split(',')
      .map((o) => o.trim());
    expect([...origins].sort()).toEqual(EXPECTED[name].web.map((d) => `https://${d}`).sort());
    for (const o of origins) {
      const url = new URL(o);
      expect(url.protocol, o).toBe('https:');
      expect(url.origin, `${o} must be a bare origin`).toBe(o);
    }
  });

  it.each(ENV_NAMES)('%s: browser API URL and auth cookie domain fit the domains', (name) => {
    const env = environment(name);
    const web = service(env, 'web');
    const api = service(env, 'api');
    expect(literal(env, web, 'NEXT_PUBLIC_API_URL')).toBe(`https://${EXPECTED[name].api[0]}`);
    // The session cookie must reach the api host, so its domain is a parent of web and api hosts.
    const cookieDomain = literal(env, api, 'AUTH_COOKIE_DOMAIN').replace(/^\./, '');
    for (const host of [...EXPECTED[name].web, ...EXPECTED[name].api]) {
      expect(isParentDomain(cookieDomain, host), `${cookieDomain} vs ${host}`).toBe(true);
    }
    // Web (next-auth) and api must sign and read sessions with the same secret.
    expect(effectiveEnv(env, web).get('AUTH_SECRET')).toBe(
      effectiveEnv(env, api).get('AUTH_SECRET'),
    );
  });

  it.each(ENV_NAMES)('%s: one PostgreSQL 17 database', (name) => {
    const env = environment(name);
    expect(env.databases).toHaveLength(1);
    // A string: YAML 17 would be a number, which the schema rejects.
    expect(env.databases?.[0]?.postgresMajorVersion).toBe('17');
    expect(read('render.yaml')).toMatch(/vector/);
    expect(read('render.yaml')).toMatch(/citext/);
  });

  it.each(ENV_NAMES)(
    '%s: Redis 8 private service with a persistent disk and noeviction',
    (name) => {
      const r = redis(environment(name));
      expect(r.type).toBe('pserv');
      expect(r.runtime).toBe('image');
      expect(r.image?.url).toBe('docker.io/library/redis:8');
      expect(r.disk?.mountPath).toBe('/data');
      expect(r.numInstances ?? 1).toBe(1);
      const cmd = r.dockerCommand ?? '';
      expect(cmd).toMatch(/^sh -c 'exec redis-server\b[^']*'$/);
      expect(cmd).toMatch(/--appendonly yes\b/);
      expect(cmd).toMatch(/--maxmemory-policy noeviction\b/);
      expect(cmd).toMatch(/--dir \/data\b/);
      expect(cmd).toMatch(/--maxmemory \d+mb\b/);
    },
  );

  it.each(ENV_NAMES)(
    '%s: Redis requires a generated password that every client gets from one env group',
    (name) => {
      const env = environment(name);
      const r = redis(env);
      const cmd = r.dockerCommand ?? '';
      // From the environment (single-quoted for sh), never a literal; no unauthenticated mode.
      expect(cmd).toContain('--requirepass "$REDIS_PASSWORD"');
      expect(cmd).not.toMatch(/--protected-mode no/);
      const secret = effectiveEnv(env, r).get('REDIS_PASSWORD');
      expect(secret?.generateValue).toBe(true);
      const group = (env.envVarGroups ?? []).find((g) => g.envVars.includes(secret!));
      expect(group, 'REDIS_PASSWORD lives in an env group').toBeDefined();
      for (const role of ['api', 'worker', 'web'] as const) {
        const s = service(env, role);
        // The very same entry: one generated value for the server and its clients.
        expect(effectiveEnv(env, s).get('REDIS_PASSWORD'), s.name).toBe(secret);
        expect(s.envVars?.some((v) => v.fromGroup === group!.name)).toBe(true);
      }
    },
  );

  it.each(ENV_NAMES)('%s: stateless services can scale; everything shares one region', (name) => {
    const env = environment(name);
    for (const role of ['api', 'worker', 'web'] as const) {
      const s = service(env, role);
      expect(s.disk, `${s.name} must stay stateless`).toBeUndefined();
      expect(s.numInstances ?? 1, s.name).toBeGreaterThanOrEqual(1);
    }
    const regions = new Set([
      ...(env.services ?? []).map((s) => s.region),
      ...(env.databases ?? []).map((d) => d.region),
    ]);
    expect(regions.size, 'private networking needs one region').toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
// Workflows
// ---------------------------------------------------------------------------------------------
const steps = (job: Job | undefined): Step[] => job?.steps ?? [];
const runs = (job: Job | undefined): string[] =>
  steps(job).flatMap((s) => (s.run ? [s.run.trim()] : []));
const needs = (job: Job | undefined): string[] =>
  job?.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];

describe('.github/workflows/ci.yml', () => {
  it('runs on every push, every pull request, and when called by the deploy workflow', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push', 'workflow_call']);
    const push = ci.on.push as { branches?: string[] } | null;
    expect(push?.branches ?? ['**']).toEqual(['**']);
    expect(ci.on.pull_request ?? null).toBeNull();
  });

  it('test job: PostgreSQL 17 with pgvector and Redis 8 as healthy service containers', () => {
    const test = ci.jobs.test;
    expect(test?.['runs-on']).toBe('ubuntu-latest');
    const services = Object.values(test?.services ?? {});
    const pg = services.find((s) => s.image === 'pgvector/pgvector:pg17');
    const rd = services.find((s) => s.image === 'redis:8');
    expect(pg, 'postgres service').toBeDefined();
    expect(rd, 'redis service').toBeDefined();
    expect(pg?.env?.POSTGRES_PASSWORD).toBe('postgres');
    expect(pg?.ports).toContain('5432:5432');
    expect(pg?.options).toMatch(/--health-cmd "pg_isready\b/);
    expect(rd?.ports).toContain('6379:6379');
    expect(rd?.options).toMatch(/--health-cmd "redis-cli ping"/);
  });

  it('test job: installs, then runs the suite against the service containers', () => {
    const test = ci.jobs.test;
    const env = { ...test?.env, ...steps(test).find((s) => s.run === 'npm test')?.env };
    expect(env.TEST_DATABASE_URL).toBe('postgresql://postgres:postgres@localhost:5432/postgres');
    // Redis requires a password in CI too: set on the container before anything connects.
    expect(env.TEST_REDIS_URL).toBe('redis://:ci-only-redis-password@localhost:6379');
    const auth = steps(test).findIndex((s) =>
      /docker exec \$\{\{ job\.services\.redis\.id \}\} redis-cli CONFIG SET requirepass ci-only-redis-password$/.test(
        s.run?.trim() ?? '',
      ),
    );
    expect(auth).toBeGreaterThanOrEqual(0);
    expect(auth).toBeLessThan(steps(test).findIndex((s) => s.run === 'npm test'));
    // npm test skips system packages when CI provides the services; the pooler test needs this.
    const bouncer = steps(test).findIndex((s) =>
      /apt-get install -y -q pgbouncer$/.test(s.run ?? ''),
    );
    expect(bouncer).toBeGreaterThanOrEqual(0);
    expect(bouncer).toBeLessThan(steps(test).findIndex((s) => s.run === 'npm test'));
    expect(env.CHROMIUM_PATH).toBe('/usr/bin/google-chrome');
    expect(env.CI).toBe('true');
    const setup = steps(test).find((s) => s.uses?.startsWith('actions/setup-node@'));
    // The suite runs on the oldest supported Node and on the one deployed (render.yaml).
    const matrix = (test as Job & { strategy?: { matrix?: { node?: unknown[] } } }).strategy?.matrix
      ?.node;
    expect(matrix?.map(String).sort()).toEqual(['20', '24']);
    expect(setup?.with?.['node-version']).toBe('${{ matrix.node }}');
    const deployed = literal(
      environment('production'),
      service(environment('production'), 'api'),
      'NODE_VERSION',
    );
    expect(matrix?.map(String)).toContain(deployed);
    expect(setup?.with?.cache).toBe('npm');
    expect(steps(test)[0]?.uses).toMatch(/^actions\/checkout@/);
    const r = runs(test);
    expect(r.indexOf('npm ci')).toBeGreaterThanOrEqual(0);
    expect(r.indexOf('npm test')).toBeGreaterThan(r.indexOf('npm ci'));
  });

  it('lint job: lint and typecheck after a clean install', () => {
    const r = runs(ci.jobs.lint);
    expect(r.indexOf('npm ci')).toBeGreaterThanOrEqual(0);
    expect(r.indexOf('npm run lint')).toBeGreaterThan(r.indexOf('npm ci'));
    expect(r.indexOf('npm run typecheck')).toBeGreaterThan(r.indexOf('npm ci'));
  });
});

describe('.github/workflows/deploy.yml', () => {
  it('runs on pushes to staging and main (and by hand)', () => {
    const push = deploy.on.push as { branches?: string[] };
    expect([...(push.branches ?? [])].sort()).toEqual(['main', 'staging']);
    expect('workflow_dispatch' in deploy.on).toBe(true);
  });

  it('reuses the CI workflow as its test job', () => {
    expect(deploy.jobs.tests?.uses).toBe('./.github/workflows/ci.yml');
    expect(existsSync(path.join(root, '.github/workflows/ci.yml'))).toBe(true);
    expect('workflow_call' in ci.on).toBe(true);
  });

  it.each(ENV_NAMES)('%s deploy job waits for the tests and only runs on its branch', (name) => {
    const job = deploy.jobs[EXPECTED[name].job];
    expect(job, EXPECTED[name].job).toBeDefined();
    expect(needs(job)).toContain('tests');
    const other = ENV_NAMES.find((n) => n !== name)!;
    expect(job?.if).toMatch(
      new RegExp(`github\\.ref\\s*==\\s*'refs/heads/${EXPECTED[name].branch}'`),
    );
    expect(job?.if).not.toMatch(new RegExp(`refs/heads/${EXPECTED[other].branch}\\b`));
    // An always()/failure() condition would let the deploy run after failed tests.
    expect(job?.if).not.toMatch(/always\(\)|failure\(\)|cancelled\(\)/);
    const environmentName =
      typeof job?.environment === 'string' ? job.environment : job?.environment?.name;
    expect(environmentName).toBe(name);
  });

  it('never runs two deploys of one environment at once', () => {
    const groups = ENV_NAMES.map((name) => {
      const c = deploy.jobs[EXPECTED[name].job]?.concurrency;
      expect(c, name).toBeDefined();
      if (typeof c === 'object') expect(c['cancel-in-progress'], name).not.toBe(true);
      return typeof c === 'string' ? c : c?.group;
    });
    expect(new Set(groups).size).toBe(ENV_NAMES.length);
  });

  it.each(ENV_NAMES)('%s: deploys api, then worker and web, then checks health', (name) => {
    const job = deploy.jobs[EXPECTED[name].job];
    const all = steps(job);
    const text = JSON.stringify(all);
    for (const name of ['API', 'WORKER', 'WEB']) {
      expect(text).toContain(`vars.RENDER_SERVICE_${name}`);
    }
    // Deploy hooks build whatever the branch head is when Render fetches: never again.
    expect(JSON.stringify(job)).not.toMatch(/DEPLOY_HOOK/);
    expect(job?.env?.RENDER_API_KEY).toBe('${{ secrets.RENDER_API_KEY }}');
    const at = (re: RegExp): number => all.findIndex((s) => re.test(s.run ?? ''));
    const api = at(/render-deploy\.sh deploy API\b/);
    const rest = at(/render-deploy\.sh deploy WORKER WEB\b/);
    const health = at(/wait-healthy\.sh/);
    expect(api).toBeGreaterThanOrEqual(0);
    expect(rest).toBeGreaterThan(api);
    expect(health).toBeGreaterThan(rest);
    const healthStep = all[health]!;
    expect(healthStep.if, 'health checks must not be skippable').toBeUndefined();
    const prefix = name === 'staging' ? 'staging.' : '';
    expect(healthStep.run).toContain(`"https://api.${prefix}\${OVERLORD_DOMAIN}/readyz"`);
    expect(healthStep.run).toContain(`"https://${prefix}\${OVERLORD_DOMAIN}/healthz"`);
    expect(job?.env?.OVERLORD_DOMAIN).toBe('${{ vars.OVERLORD_DOMAIN }}');
    expect(job?.env?.EXPECTED_COMMIT).toBe('${{ github.sha }}');
    expect(job?.env?.DEPLOY_BRANCH).toBe(EXPECTED[name].branch);
  });
});

// ---------------------------------------------------------------------------------------------
// Commands refer to things that exist
// ---------------------------------------------------------------------------------------------
function commandsOf(): { where: string; command: string }[] {
  const out: { where: string; command: string }[] = [];
  for (const [file, wf] of [
    ['ci.yml', ci],
    ['deploy.yml', deploy],
  ] as const) {
    for (const [id, job] of Object.entries(wf.jobs)) {
      for (const r of runs(job)) out.push({ where: `${file} ${id}`, command: r });
    }
  }
  for (const env of environments()) {
    for (const s of env.services ?? []) {
      for (const c of [s.buildCommand, s.preDeployCommand, s.startCommand]) {
        if (c) out.push({ where: `render.yaml ${s.name}`, command: c });
      }
    }
  }
  return out;
}

describe('commands in the workflows and the blueprint', () => {
  const commands = commandsOf();

  it('refer to repo scripts that exist', () => {
    const scripts = commands.flatMap(({ where, command }) =>
      [...command.matchAll(/(?:^|[\s"'])(?:\.\/)?(scripts\/[\w./-]+)/g)].map((m) => ({
        where,
        file: m[1]!,
      })),
    );
    expect(scripts.length).toBeGreaterThan(0);
    for (const { where, file } of scripts) {
      expect(existsSync(path.join(root, file)), `${where}: ${file}`).toBe(true);
    }
  });

  it('refer to npm scripts that exist in the right package', () => {
    let checked = 0;
    for (const { where, command } of commands) {
      for (const part of command.split(/&&|\|\||;|\n/)) {
        const m = part.trim().match(/^npm (?:run ([\w:.-]+)|(test|start))(?:\s+-w\s+(\S+))?/);
        if (!m) continue;
        const script = m[1] ?? m[2]!;
        const pkg = m[3] ? workspacePkgs.get(m[3]) : rootPkg;
        expect(pkg, `${where}: workspace ${m[3]}`).toBeDefined();
        expect(
          pkg?.scripts?.[script],
          `${where}: npm script "${script}" in ${pkg?.name}`,
        ).toBeDefined();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('ship shell scripts that parse', async () => {
    for (const file of ['scripts/ci/wait-healthy.sh', 'scripts/ci/render-deploy.sh']) {
      const r = await run('bash', ['-n', path.join(root, file)]);
      expect(r.code, `${file}: ${r.stderr}`).toBe(0);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Script behaviour against local fake servers
// ---------------------------------------------------------------------------------------------
interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}
function run(
  cmd: string,
  args: string[],
  env: Record<string, string> = {},
  cwd = root,
): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { cwd, env: { ...process.env, ...env }, timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let server: Server;
let base = '';
let handler: Handler = (_req, res) => res.writeHead(404).end();

beforeAll(async () => {
  server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('scripts/ci/wait-healthy.sh', () => {
  const script = path.join(root, 'scripts/ci/wait-healthy.sh');
  const fast = { HEALTH_ATTEMPTS: '3', HEALTH_INTERVAL: '0', HEALTH_TIMEOUT: '5' };

  it('succeeds when every endpoint answers 200, even after a slow start', async () => {
    let readyCalls = 0;
    handler = (req, res) => {
      if (req.url === '/readyz') res.writeHead(++readyCalls < 2 ? 503 : 200).end();
      else if (req.url === '/healthz') res.writeHead(200).end();
      else res.writeHead(404).end();
    };
    const r = await run('bash', [script, `${base}/readyz`, `${base}/healthz`], fast);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(readyCalls).toBe(2);
    expect(r.stdout).toContain('All 2 endpoint(s) healthy.');
  });

  it('fails within the bounded attempts when an endpoint stays unhealthy', async () => {
    let calls = 0;
    handler = (req, res) => {
      if (req.url === '/readyz') {
        calls++;
        res.writeHead(503).end();
      } else res.writeHead(200).end();
    };
    const r = await run('bash', [script, `${base}/readyz`, `${base}/healthz`], fast);
    expect(r.code).toBe(1);
    expect(calls).toBe(3);
    expect(r.stderr).toContain(`UNHEALTHY ${base}/readyz: last result HTTP 503`);
    expect(r.stderr).not.toContain(`UNHEALTHY ${base}/healthz`);
  });

  it('treats redirects and unreachable hosts as unhealthy', async () => {
    handler = (_req, res) => res.writeHead(301, { location: '/elsewhere' }).end();
    const redirect = await run('bash', [script, `${base}/healthz`], {
      ...fast,
      HEALTH_ATTEMPTS: '1',
    });
    expect(redirect.code).toBe(1);
    const closed = await run('bash', [script, 'http://127.0.0.1:9/healthz'], {
      ...fast,
      HEALTH_ATTEMPTS: '1',
    });
    expect(closed.code).toBe(1);
    expect(closed.stderr).toContain('no answer');
  });

  it('rejects bad usage', async () => {
    expect((await run('bash', [script])).code).toBe(2);
    expect((await run('bash', [script, `${base}/x`], { HEALTH_ATTEMPTS: 'x' })).code).toBe(2);
  });
});

describe('scripts/ci/render-deploy.sh', () => {
  const script = path.join(root, 'scripts/ci/render-deploy.sh');
  const sha = 'a'.repeat(40);

  interface Triggered {
    service: string;
    commitId: unknown;
  }
  /**
   * Fake Render API: "trigger deploy" (POST /v1/services/:id/deploys) and "retrieve deploy",
   * statuses served in order. Knows only the commits in `known`, like Render knows a repo's.
   */
  function fakeRender(
    statuses: Record<string, string[]>,
    opts: { liveCommit?: string; known?: string[] } = {},
  ): { triggered: Triggered[]; other: string[] } {
    const triggered: Triggered[] = [];
    const other: string[] = [];
    const known = opts.known ?? [sha];
    handler = (req, res) => {
      const url = new URL(req.url ?? '/', base);
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.headers.authorization !== 'Bearer test-key')
        return json(401, { message: 'unauthorized' });
      const trigger = url.pathname.match(/^\/v1\/services\/(srv-\w+)\/deploys$/);
      if (trigger && req.method === 'POST') {
        let raw = '';
        req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
        req.on('end', () => {
          const body = JSON.parse(raw || '{}') as { commitId?: unknown };
          triggered.push({ service: trigger[1]!, commitId: body.commitId });
          if (typeof body.commitId !== 'string' || !known.includes(body.commitId)) {
            return json(400, { message: 'commit not found' });
          }
          json(202, {
            id: `dep-${trigger[1]}`,
            status: 'created',
            commit: { id: body.commitId },
          });
        });
        return;
      }
      const status = url.pathname.match(/^\/v1\/services\/(srv-\w+)\/deploys\/dep-(srv-\w+)$/);
      if (status && req.method === 'GET') {
        const queue = statuses[status[1]!] ?? [];
        const current = queue.length > 1 ? queue.shift()! : (queue[0] ?? 'created');
        const last = triggered.findLast((t) => t.service === status[1]);
        return json(200, {
          id: `dep-${status[1]}`,
          status: current,
          commit: { id: opts.liveCommit ?? last?.commitId },
        });
      }
      other.push(`${req.method} ${url.pathname}`);
      res.writeHead(404).end();
    };
    return { triggered, other };
  }
  const env = (extra: Record<string, string> = {}): Record<string, string> => ({
    RENDER_API_KEY: 'test-key',
    RENDER_API_URL: `${base}/v1`,
    EXPECTED_COMMIT: sha,
    DEPLOY_WAIT_ATTEMPTS: '5',
    DEPLOY_WAIT_INTERVAL: '0',
    RENDER_SERVICE_API: 'srv-api',
    RENDER_SERVICE_WORKER: 'srv-worker',
    RENDER_SERVICE_WEB: 'srv-web',
    ...extra,
  });

  it('deploys exactly the tested commit by id and waits until every deploy is live', async () => {
    const fake = fakeRender({
      'srv-worker': ['build_in_progress', 'update_in_progress', 'live'],
      'srv-web': ['build_in_progress', 'live'],
    });
    const r = await run('bash', [script, 'deploy', 'WORKER', 'WEB'], env());
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(fake.triggered).toEqual([
      { service: 'srv-worker', commitId: sha },
      { service: 'srv-web', commitId: sha },
    ]);
    expect(fake.other).toEqual([]);
    expect(r.stdout).toContain('All deploys live: WORKER WEB');
    expect(r.stdout + r.stderr).not.toContain('test-key');
  });

  it('stops when Render refuses the commit (nothing is built)', async () => {
    const fake = fakeRender({ 'srv-api': ['live'] }, { known: [] });
    const r = await run('bash', [script, 'deploy', 'API', 'WEB'], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Render refused to deploy ${sha} to API`);
    expect(r.stderr).toContain('commit not found');
    // The first refusal ends the run: web is not deployed either.
    expect(fake.triggered.map((t) => t.service)).toEqual(['srv-api']);
  });

  it('fails when the migrations (pre-deploy step) fail', async () => {
    fakeRender({ 'srv-api': ['build_in_progress', 'pre_deploy_in_progress', 'pre_deploy_failed'] });
    const r = await run('bash', [script, 'deploy', 'API'], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ended as pre_deploy_failed');
  });

  it('fails when Render reports a commit other than the tested one', async () => {
    fakeRender({ 'srv-api': ['live'] }, { liveCommit: 'b'.repeat(40) });
    const r = await run('bash', [script, 'deploy', 'API'], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not the tested');
  });

  it('gives up after the bounded wait', async () => {
    fakeRender({ 'srv-api': ['build_in_progress'] });
    const r = await run('bash', [script, 'deploy', 'API'], env({ DEPLOY_WAIT_ATTEMPTS: '3' }));
    expect(r.code).toBe(1);
    expect(r.stdout.match(/build_in_progress/g)).toHaveLength(3);
    expect(r.stderr).toContain('timed out after 3 x 0s waiting for: API');
  });

  it('refuses to run without an API key, a full commit id or a service id', async () => {
    const fake = fakeRender({});
    const refused = async (extra: Record<string, string>, message: RegExp) => {
      const r = await run('bash', [script, 'deploy', 'API'], env(extra));
      expect(r.code, JSON.stringify(extra)).toBe(1);
      expect(r.stderr).toMatch(message);
    };
    await refused({ RENDER_API_KEY: '' }, /RENDER_API_KEY is not set/);
    await refused({ EXPECTED_COMMIT: '' }, /EXPECTED_COMMIT must be the full id/);
    await refused({ EXPECTED_COMMIT: 'main' }, /EXPECTED_COMMIT must be the full id/);
    await refused({ RENDER_SERVICE_API: '' }, /RENDER_SERVICE_API is not set/);
    await refused(
      { RENDER_SERVICE_API: 'https://api.render.com/deploy/srv-x?key=k' },
      /does not look like a Render service id/,
    );
    expect(fake.triggered).toEqual([]);
  });

  it('check-head tells whether the tested commit is still the branch head', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'overlord-deploy-'));
    try {
      const git = (...args: string[]) =>
        run(
          'git',
          ['-c', 'user.email=ci@example.invalid', '-c', 'user.name=ci', ...args],
          {},
          repo,
        );
      expect((await git('init', '-q', '-b', 'main')).code).toBe(0);
      expect((await git('commit', '-q', '--allow-empty', '-m', 'one')).code).toBe(0);
      expect((await git('remote', 'add', 'origin', repo)).code).toBe(0);
      const head = (await git('rev-parse', 'HEAD')).stdout.trim();
      const output = path.join(repo, 'github-output');
      const check = (commit: string) =>
        run(
          'bash',
          [script, 'check-head'],
          { EXPECTED_COMMIT: commit, DEPLOY_BRANCH: 'main', GITHUB_OUTPUT: output },
          repo,
        );
      expect((await check(head)).code).toBe(0);
      expect((await check('c'.repeat(40))).code).toBe(0);
      expect(readFileSync(output, 'utf8')).toBe('current=true\ncurrent=false\n');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
