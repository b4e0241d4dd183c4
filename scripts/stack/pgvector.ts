// Debian 12 ships no pgvector package, so we build Debian's own source package
// from the next release (trixie) against the installed server's headers.
// A private sources file and lists dir keep the system's apt state on bookworm.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChecked, type Log } from './process.ts';

const SOURCE_SUITE = 'trixie';
const DEFAULT_MIRROR = 'http://deb.debian.org/debian';
const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';

/** The main Debian archive URI this machine's apt already uses (same mirror, same proxy rules). */
export function debianMirror(): string {
  const files = ['/etc/apt/sources.list'];
  const dir = '/etc/apt/sources.list.d';
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.sources') || name.endsWith('.list')) files.push(join(dir, name));
    }
  }
  for (const file of files) {
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const uris = file.endsWith('.sources')
      ? [...text.matchAll(/^URIs:\s*(.+)$/gim)].flatMap((m) => (m[1] ?? '').trim().split(/\s+/))
      : [...text.matchAll(/^deb(?:-src)?\s+(?:\[[^\]]*\]\s+)?(\S+)/gm)].map((m) => m[1] ?? '');
    // The security archive has a different layout; the main archive path ends in /debian.
    const main = uris.find((uri) => /^https?:\/\/.+\/debian\/?$/.test(uri));
    if (main) return main.replace(/\/$/, '');
  }
  return DEFAULT_MIRROR;
}

export async function buildPgvector(opts: { pgConfig: string; log: Log }): Promise<void> {
  const { pgConfig, log } = opts;
  const work = await mkdtemp(join(tmpdir(), 'overlord-pgvector-'));
  try {
    const sourcesFile = join(work, `${SOURCE_SUITE}-src.sources`);
    const lists = join(work, 'lists');
    const cache = join(work, 'cache');
    const download = join(work, 'download');
    const build = join(work, 'build');
    for (const dir of [join(lists, 'partial'), cache, download, build]) {
      await mkdir(dir, { recursive: true });
    }
    const mirror = debianMirror();
    await writeFile(
      sourcesFile,
      [
        'Types: deb-src',
        `URIs: ${mirror}`,
        `Suites: ${SOURCE_SUITE}`,
        'Components: main',
        ...(existsSync(KEYRING) ? [`Signed-By: ${KEYRING}`] : []),
        '',
      ].join('\n'),
    );
    const aptOptions = [
      ...['-o', `Dir::Etc::SourceList=${sourcesFile}`],
      ...['-o', 'Dir::Etc::SourceParts=/dev/null'],
      ...['-o', `Dir::State::Lists=${lists}`],
      // Without this apt would rebuild the system's package cache from our lists.
      ...['-o', `Dir::Cache=${cache}`],
      // The _apt sandbox user cannot write into our 0700 temp dir.
      ...['-o', 'APT::Sandbox::User=root'],
      '-q',
    ];
    log(`fetching pgvector source from ${mirror} (${SOURCE_SUITE})`);
    await runChecked('apt-get', [...aptOptions, 'update']);
    await runChecked('apt-get', [...aptOptions, 'source', '--download-only', 'pgvector'], {
      cwd: download,
    });
    const orig = (await readdir(download)).find((f) => /^pgvector_.*\.orig\.tar\.gz$/.test(f));
    if (!orig) throw new Error(`apt-get source pgvector produced no orig tarball in ${download}`);
    await runChecked('tar', ['-xzf', join(download, orig), '-C', build, '--strip-components=1']);

    log(`building ${orig.replace(/\.orig\.tar\.gz$/, '')}`);
    // OPTFLAGS= drops upstream's -march=native so the library also runs on other CPUs.
    const makeVars = [`PG_CONFIG=${pgConfig}`, 'OPTFLAGS='];
    await runChecked('make', ['-C', build, `-j${availableParallelism()}`, ...makeVars]);
    await runChecked('make', ['-C', build, 'install', ...makeVars]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
