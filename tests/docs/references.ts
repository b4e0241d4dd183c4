// Finds references to the repository's own documents (docs/*.md) in source, comments and docs,
// and says which of them point nowhere: a missing file, a numbered section (§n) the file does not
// have, an anchor (#slug) no heading produces, or a quoted section name ("Jobs and ordering")
// that is neither a heading nor the bold lead of a list item.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';

export interface DocSections {
  numbers: Set<string>;
  anchors: Set<string>;
  /** Headings and bold list leads, lower-cased. */
  names: string[];
}

export interface Reference {
  file: string;
  line: number;
  /** As written, for the failure message. */
  text: string;
  target: string;
  section?: { kind: 'number' | 'anchor' | 'name'; value: string };
}

const SKIP_DIRS = new Set([
  'node_modules',
  '.git',
  '.next',
  '.local',
  'generated',
  'screenshots',
  'dist',
  'coverage',
]);
const SCANNED = new Set([
  '.ts',
  '.tsx',
  '.js',
  '.mjs',
  '.cjs',
  '.md',
  '.prisma',
  '.sql',
  '.yml',
  '.yaml',
  '.css',
  '.sh',
  '.example',
]);

/** Every text file of the tree worth scanning, as paths relative to `root`. */
export function scannedFiles(root: string, dir = root): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) found.push(...scannedFiles(root, path));
    } else if (entry.isFile() && SCANNED.has(extname(entry.name))) {
      found.push(relative(root, path));
    }
  }
  return found.sort();
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

export function sectionsOf(markdown: string): DocSections {
  const numbers = new Set<string>();
  const anchors = new Set<string>();
  const names: string[] = [];
  for (const line of markdown.split('\n')) {
    const heading = /^#{1,6}\s+(.+?)\s*$/.exec(line);
    if (heading) {
      const title = heading[1]!;
      anchors.add(slug(title));
      const numbered = /^(\d+)\.\s+(.*)$/.exec(title);
      if (numbered) numbers.add(numbered[1]!);
      names.push(title.toLowerCase(), (numbered?.[2] ?? title).toLowerCase());
      continue;
    }
    const lead = /^\s*[-*]\s+\*\*(.+?)\*\*/.exec(line);
    if (lead) names.push(lead[1]!.replace(/[.:]$/, '').toLowerCase());
  }
  return { numbers, anchors, names };
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;
/** A quoted name may run over a comment's line break: fold the comment markers away. */
const foldName = (name: string) =>
  name
    .replace(/\s*\n\s*(?:\*|\/\/+|#|--)?\s*/g, ' ')
    .trim()
    .toLowerCase();

/** References written as a repository path: `docs/x.md`, `docs/x.md §3, §4`, `#anchor`, `"Name"`. */
export function pathReferences(file: string, text: string): Reference[] {
  const found: Reference[] = [];
  const pattern =
    /(?<![\w/.-])(docs\/[\w.-]+\.md)(#[\w-]+|(?: §\d+(?:(?:,| and|, and) §\d+)*)|(?:\)?,? \(?"[^"]{1,80}"))?/g;
  for (const match of text.matchAll(pattern)) {
    const [whole, target, tail] = match;
    const base = { file, line: lineOf(text, match.index), text: whole, target: target! };
    if (!tail) found.push(base);
    else if (tail.startsWith('#'))
      found.push({ ...base, section: { kind: 'anchor', value: tail.slice(1) } });
    else if (tail.includes('"'))
      found.push({ ...base, section: { kind: 'name', value: foldName(tail.split('"')[1]!) } });
    else
      for (const n of tail.matchAll(/§(\d+)/g))
        found.push({ ...base, section: { kind: 'number', value: n[1]! } });
  }
  return found;
}

/** Relative Markdown links between documents: `[x](product.md#2-roles)`, `[x](#anchor)`. */
export function markdownLinks(file: string, text: string): Reference[] {
  const found: Reference[] = [];
  for (const match of text.matchAll(/\]\(((?:[\w./-]+\.md)?)(#[\w-]+)?\)/g)) {
    const [whole, path, anchor] = match;
    if (!path && !anchor) continue;
    const target = path ? join(dirname(file), path) : file;
    found.push({
      file,
      line: lineOf(text, match.index),
      text: whole,
      target,
      ...(anchor ? { section: { kind: 'anchor' as const, value: anchor.slice(1) } } : {}),
    });
  }
  return found;
}

/** Why a reference dangles, or null when it points at something that exists. */
export function dangling(ref: Reference, docs: (target: string) => DocSections | null) {
  const sections = docs(ref.target);
  if (!sections) return `${ref.target} does not exist`;
  if (!ref.section) return null;
  const { kind, value } = ref.section;
  if (kind === 'number' && !sections.numbers.has(value)) return `${ref.target} has no §${value}`;
  if (kind === 'anchor' && !sections.anchors.has(value)) return `${ref.target} has no #${value}`;
  if (kind === 'name' && !sections.names.some((name) => name.startsWith(value)))
    return `${ref.target} has no section "${value}"`;
  return null;
}

/** A loader over the tree at `root` that reads each document once. */
export function documentLoader(root: string) {
  const cache = new Map<string, DocSections | null>();
  return (target: string): DocSections | null => {
    if (!cache.has(target)) {
      let sections: DocSections | null;
      try {
        sections = sectionsOf(readFileSync(resolve(root, target), 'utf8'));
      } catch {
        sections = null;
      }
      cache.set(target, sections);
    }
    return cache.get(target)!;
  };
}
