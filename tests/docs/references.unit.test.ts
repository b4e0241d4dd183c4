// Every reference to the product's documents points at something that exists, and nothing cites
// a document the repository does not contain. Cite `docs/product.md §n` (what the product does),
// `docs/architecture.md §n` (how it is built) or `docs/decisions.md, "Section"`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import {
  dangling,
  documentLoader,
  markdownLinks,
  pathReferences,
  type Reference,
  scannedFiles,
  sectionsOf,
} from './references.ts';

const root = resolve(import.meta.dirname, '../..');
// The checker and its tests hold made-up references of their own.
const files = scannedFiles(root).filter((file) => !file.startsWith('tests/docs/'));
const texts = new Map(files.map((file) => [file, readFileSync(resolve(root, file), 'utf8')]));
const docs = documentLoader(root);

const references = (): Reference[] =>
  [...texts].flatMap(([file, text]) => [
    ...pathReferences(file, text),
    ...(file.endsWith('.md') ? markdownLinks(file, text) : []),
  ]);

describe('references to docs/', () => {
  it('the scan sees the code and the documents', () => {
    expect(files).toContain('packages/core/src/permissions/table.ts');
    expect(files).toContain('docs/product.md');
    expect(files.some((file) => file.includes('node_modules'))).toBe(false);
    // Code cites the product document by section: the check below has something to check.
    expect(references().filter((ref) => ref.target === 'docs/product.md').length).toBeGreaterThan(
      100,
    );
  });

  it('every reference points at a document and section that exist', () => {
    const broken = references()
      .map((ref) => ({ ref, why: dangling(ref, docs) }))
      .filter(({ why }) => why !== null)
      .map(({ ref, why }) => `${ref.file}:${ref.line} ${ref.text}: ${why}`);
    expect(broken).toEqual([]);
  });

  it('nothing cites a specification or architecture document outside the repository', () => {
    const outside = /\b(?:SPEC|ARCHITECTURE)(?:\.md)?\b/;
    const cited = [...texts].flatMap(([file, text]) =>
      text
        .split('\n')
        .flatMap((line, i) => (outside.test(line) ? [`${file}:${i + 1} ${line.trim()}`] : [])),
    );
    expect(cited).toEqual([]);
  });

  it('the README links both product documents', () => {
    const readme = texts.get('README.md')!;
    expect(readme).toContain('](docs/product.md)');
    expect(readme).toContain('](docs/architecture.md)');
  });
});

describe('the reference checker', () => {
  const doc = sectionsOf(
    [
      '# Title',
      '## 2. Roles and permissions',
      '## Jobs and ordering',
      '- **Verdicts in one statement** (`x.ts`).',
    ].join('\n'),
  );
  const load = (target: string) => (target === 'docs/x.md' ? doc : null);
  const why = (text: string) => pathReferences('a.ts', text).map((ref) => dangling(ref, load));

  it('accepts sections that exist', () => {
    expect(why('see docs/x.md §2 and docs/x.md#2-roles-and-permissions')).toEqual([null, null]);
    expect(why('docs/x.md, "Jobs and ordering"; docs/x.md "verdicts in one statement"')).toEqual([
      null,
      null,
    ]);
  });

  it('names what dangles: a file, a number in a list, an anchor, a section name', () => {
    expect(why('docs/missing.md')).toEqual(['docs/missing.md does not exist']);
    expect(why('docs/x.md §2, §9')).toEqual([null, 'docs/x.md has no §9']);
    expect(why('docs/x.md#roles')).toEqual(['docs/x.md has no #roles']);
    expect(why('docs/x.md, "Sessions"')).toEqual(['docs/x.md has no section "sessions"']);
  });

  it('reads a quoted name across a comment line break', () => {
    expect(why('// (docs/x.md, "Jobs and\n// ordering")')).toEqual([null]);
  });

  it('resolves Markdown links relative to the document', () => {
    const [link] = markdownLinks('docs/y.md', 'see [x](x.md#2-roles-and-permissions)');
    expect(link).toMatchObject({ target: 'docs/x.md' });
    expect(dangling(link!, load)).toBeNull();
  });
});
