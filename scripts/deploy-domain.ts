// `npm run deploy:domain -- example.org`: moves the deployment to another domain. Every host in
// render.yaml (custom domains, NEXT_PUBLIC_API_URL, CORS_ORIGINS, AUTH_URL, AUTH_COOKIE_DOMAIN) and
// the deploy table in README.md is the production web domain or a subdomain of it, so replacing
// that one apex rewrites them all consistently. `--file <path>` rewrites another copy (tests).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '..');

/** A bare lower-case host name with at least one dot: `example.org`, `my-site.co.uk`. */
const HOST = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

interface Blueprint {
  projects?: {
    environments?: {
      name: string;
      services?: { startCommand?: string; domains?: string[] }[];
    }[];
  }[];
}

/** The apex every host hangs off: the production web service's first custom domain. */
export function currentDomain(yamlText: string): string {
  const blueprint = parse(yamlText) as Blueprint;
  const production = (blueprint.projects ?? [])
    .flatMap((p) => p.environments ?? [])
    .find((e) => e.name === 'production');
  const web = production?.services?.find((s) => /-w\s+@overlord\/web\b/.test(s.startCommand ?? ''));
  const apex = web?.domains?.[0];
  if (!apex) throw new Error('render.yaml: the production web service has no custom domain.');
  return apex;
}

/** Replaces `from` wherever it stands as a whole host name (alone or after a subdomain label). */
export function rewriteDomain(text: string, from: string, to: string): string {
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(?<![\\w-])${escaped}(?![\\w-]|\\.[a-z])`, 'g'), to);
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { file: { type: 'string', multiple: true } },
  });
  const to = positionals[0]?.trim().toLowerCase().replace(/\.$/, '');
  if (!to || positionals.length !== 1 || !HOST.test(to)) {
    console.error(
      'usage: npm run deploy:domain -- <domain>   (e.g. example.org, no scheme or www)',
    );
    process.exit(2);
  }
  if (to.startsWith('www.')) {
    console.error('Give the apex domain: Render adds www.<domain> and redirects it to the apex.');
    process.exit(2);
  }
  const files = values.file ?? [resolve(root, 'render.yaml'), resolve(root, 'README.md')];
  const blueprintFile = files.find((f) => f.endsWith('.yaml')) ?? files[0]!;
  const from = currentDomain(readFileSync(blueprintFile, 'utf8'));
  for (const file of files) {
    const before = readFileSync(file, 'utf8');
    const after = rewriteDomain(before, from, to);
    writeFileSync(file, after);
    console.log(`${file}: ${from} -> ${to}`);
  }
  console.log(`Now set the GitHub variable OVERLORD_DOMAIN to ${to}.`);
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) main();
