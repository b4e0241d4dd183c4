// The shared input rules: the messages a form shows before sending are the ones the api
// answers with, and the package stays loadable in a browser.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  changeUsernameInput,
  createTopicInput,
  decideAppealInput,
  decideFlagInput,
  fieldIssues,
  fileAppealInput,
  fileFlagInput,
  firstIssue,
  sendMessageInput,
  submitPostInput,
} from '../src/index.ts';

describe('form rules', () => {
  it('gives the first message of a field, or null when valid', () => {
    const username = changeUsernameInput.shape.username;
    expect(firstIssue(username, 'ab')).toBe('A username needs at least 3 characters.');
    expect(firstIssue(username, 'a'.repeat(31))).toBe('A username has at most 30 characters.');
    expect(firstIssue(username, 'a-b')).toBe(
      'Letters, digits and underscores only: the Registry does not print ornaments.',
    );
    expect(firstIssue(username, '1abc')).toBe('A username starts with a letter.');
    expect(firstIssue(username, ' Robot_Overlord ')).toBe(
      'That title is reserved by the Ministry.',
    );
    expect(firstIssue(username, 'loyal_clerk_1234')).toBeNull();
  });

  it('cleans text before measuring it', () => {
    const body = submitPostInput.shape.body;
    expect(firstIssue(body, ' \u200B\u0007 ')).toBe(
      'The statement is empty. The Overlord cannot judge silence.',
    );
    expect(firstIssue(body, 'x'.repeat(10_001))).toBe(
      'Statements are limited to 10,000 characters.',
    );
    expect(firstIssue(sendMessageInput.shape.body, '   ')).toBe(
      'The message is empty. The Overlord does not deliver silence.',
    );
    expect(submitPostInput.shape.body.parse('  a\r\nb\u202E  ')).toBe('a\nb');
  });

  it('reports every field of a multi-field form at once', () => {
    expect(fieldIssues(createTopicInput, { title: 'short', description: 'brief' })).toEqual({
      title: 'A topic title needs at least 8 characters.',
      description: 'Describe the question in at least 20 characters.',
    });
    expect(
      fieldIssues(createTopicInput, { title: 'A fine question?', description: 'd'.repeat(4_001) }),
    ).toEqual({ description: 'A description has at most 4,000 characters.' });
    expect(
      fieldIssues(createTopicInput, { title: 'A fine question?', description: 'd'.repeat(20) }),
    ).toEqual({});
  });

  it('keeps each decision note in its own words', () => {
    expect(firstIssue(fileFlagInput.shape.reason, 'short')).toBe(
      'Tell the Ministry what is wrong with it, in a sentence at least.',
    );
    expect(firstIssue(fileAppealInput.shape.reason, 'p'.repeat(1_001))).toBe(
      'Keep the plea under 1,000 characters.',
    );
    expect(firstIssue(decideAppealInput.shape.note, '')).toBe(
      'Write a short note for the citizen.',
    );
    expect(firstIssue(decideFlagInput.shape.note, '')).toBe('Write a short note for the record.');
  });
});

describe('browser safety', () => {
  it('imports nothing but zod and its own modules', async () => {
    const dir = join(import.meta.dirname, '../src');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const source = await readFile(join(dir, file), 'utf8');
      const specifiers = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const specifier of specifiers) expect(specifier, file).toMatch(/^(zod|\.\/.+\.ts)$/);
    }
  });
});
