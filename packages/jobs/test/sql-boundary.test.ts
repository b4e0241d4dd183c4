// Only the job definitions (packages/jobs) may name graphile-worker's SQL: its add_job function
// and its schema. Anywhere else, a task name, key or attempts count written by hand would drift
// from the definition, and a private table read would break on a graphile-worker upgrade.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Places allowed to reach graphile-worker's SQL directly, each with its reason. */
const allowed: { path: RegExp; why: string }[] = [
  { path: /^packages\/jobs\/src\//, why: 'the job definitions themselves' },
  {
    path: /^(tests|apps\/[^/]+\/test|packages\/[^/]+\/test)\//,
    why: 'tests may inspect and stage jobs below the public API',
  },
  {
    path: /^bench\//,
    why: 'benchmark harness: stages no-op jobs and resets the queue between runs',
  },
  {
    path: /^prisma\/migrations\//,
    why: 'applied migrations are history; one removed the jobs of a retired task',
  },
];

const forbidden = /add_job|graphile_worker\./;

function sourceFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  return out.split('\n').filter((file) => /\.(ts|tsx|js|mjs|cjs|sql)$/.test(file));
}

describe("graphile-worker's SQL", () => {
  it('is named only by the job definitions', () => {
    const offenders = sourceFiles()
      .filter((file) => !allowed.some(({ path }) => path.test(file)))
      .flatMap((file) => {
        let text: string;
        try {
          text = readFileSync(`${root}${file}`, 'utf8');
        } catch {
          return []; // deleted in the working tree
        }
        return text
          .split('\n')
          .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
          .filter(({ line }) => forbidden.test(line))
          .map(({ at, line }) => `${at}: ${line.trim()}`);
      });
    expect(offenders).toEqual([]);
  });

  it('finds a reference where there is one', () => {
    expect(forbidden.test('SELECT graphile_worker.add_job($1)')).toBe(true);
    expect(forbidden.test(`FROM graphile_worker.jobs j`)).toBe(true);
    expect(forbidden.test('await runner.addJob(name, payload)')).toBe(false);
  });
});
