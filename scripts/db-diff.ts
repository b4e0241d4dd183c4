// Prints the SQL that takes one Prisma datamodel to another, offline.
// The Prisma CLI needs a native schema engine it cannot download here, so we drive the
// WebAssembly schema engine directly. Usage:
//   tsx scripts/db-diff.ts [--from <schema file> | --from-git <rev>] [--to prisma/schema.prisma]
// With neither --from option the starting point is an empty database.
// Typical use for a new migration:
//   tsx scripts/db-diff.ts --from-git HEAD > prisma/migrations/<timestamp>_<name>/migration.sql
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

// Node has WebAssembly at run time; @types/node does not declare it without the DOM lib.
declare const WebAssembly: {
  instantiate(
    bytes: Uint8Array,
    imports: object,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

type DiffTarget =
  { tag: 'empty' } | { tag: 'schemaDatamodel'; files: { path: string; content: string }[] };

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    'from-git': { type: 'string' },
    to: { type: 'string', default: 'prisma/schema.prisma' },
  },
});

async function loadSchemaEngine() {
  const require = createRequire(import.meta.url);
  const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bg = await import(bgPath);
  const wasmBytes = await readFile(
    bgPath.replace(/schema_engine_bg\.js$/, 'schema_engine_bg.wasm'),
  );
  // The package's ESM entry imports the .wasm file directly, which Node cannot do: wire it by hand.
  const { instance } = await WebAssembly.instantiate(wasmBytes, { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg;
}

function datamodel(path: string, content: string): DiffTarget {
  return { tag: 'schemaDatamodel', files: [{ path, content }] };
}

function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to any reachable PostgreSQL (e.g. the dev stack).');
  return url;
}

async function main() {
  const bg = await loadSchemaEngine();
  const from: DiffTarget = values['from-git']
    ? datamodel(
        'schema.prisma',
        execFileSync('git', ['show', `${values['from-git']}:prisma/schema.prisma`], {
          encoding: 'utf8',
        }),
      )
    : values.from
      ? datamodel(values.from, await readFile(values.from, 'utf8'))
      : { tag: 'empty' };
  const to = datamodel(values.to, await readFile(values.to, 'utf8'));

  // The engine opens a connection even for a datamodel-to-datamodel diff (any empty Postgres will do).
  const adapter = bindMigrationAwareSqlAdapterFactory(
    new PrismaPg({ connectionString: requireDatabaseUrl() }),
  );
  const engine = await bg.SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
  const result = await engine.diff({
    from,
    to,
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  process.stdout.write(result.stdout ?? '');
}

await main();
