// Revising an approved statement in Debian's Chromium against the real api, worker and
// `next start` (docs/product.md §17): the author goes from the topic page to the statement's
// revise form, previews and files a revision, sees it waiting in the queue with the approved text
// still up (as does any reader), then, once the Overlord approves it, sees the new text in place
// and the earlier one in the statement's history, without reloading. Every step passes axe-core.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type BrowserSuite, startBrowserSuite } from '../helpers/browser-suite.ts';
import { startTestStack, type TestStack, waitFor } from '../helpers/stack.ts';

let suite: BrowserSuite;
/** Started once the revision is filed: until then nothing is judged. */
let worker: TestStack | null = null;
let topicId: string;
let statementId: string;
const SLOW = { timeout: 30_000 };

const ORIGINAL =
  'Reactor waste is small in volume and can be stored safely underground, because modern casks have held it for decades.';
const REVISED =
  'Reactor waste is small in volume and can be stored safely underground, because **modern casks** have held it for decades, according to the IAEA.';

beforeAll(async () => {
  suite = await startBrowserSuite({
    worker: false,
    prepare: async (db) => {
      const vera = await db.user.findUniqueOrThrow({ where: { username: 'citizen_vera' } });
      const topic = await db.topic.create({
        data: {
          title: 'Should nuclear waste be stored underground?',
          description:
            'Whether deep geological storage of reactor waste is safe, with evidence on casks, geology and cost.',
          status: 'approved',
          isSystem: true,
          decidedAt: new Date(),
        },
        select: { id: true },
      });
      topicId = topic.id;
      const decidedAt = new Date(Date.now() - 3_600_000);
      const statement = await db.post.create({
        data: {
          topicId,
          authorId: vera.id,
          body: ORIGINAL,
          status: 'approved',
          submittedAt: new Date(decidedAt.getTime() - 60_000),
          decidedAt,
        },
        select: { id: true },
      });
      statementId = statement.id;
    },
  });
}, 660_000);

afterAll(async () => {
  await worker?.stop();
  await suite?.stop();
});

async function open(page: Page, path: string) {
  const response = await page.goto(`${suite.web.url}${path}`, { timeout: 90_000 });
  expect(response?.status(), path).toBeLessThan(500);
}

async function axeReport(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length, `axe ran on ${label}`).toBeGreaterThan(0);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

describe('revising a statement', () => {
  it('files a revision, waits with the old text up, then shows the new text and the history', async () => {
    const context = await suite.contextAs('citizen_vera');
    const page = await context.newPage();

    // From the topic page: the author's own approved statement offers "Revise".
    await open(page, `/topics/${topicId}`);
    await page.locator('[data-testid="tally"][data-live="live"]').waitFor(SLOW);
    await page
      .locator(`[data-testid="post"][data-post-id="${statementId}"]`)
      .getByRole('link', { name: 'Revise your statement' })
      .click();
    await page.waitForURL(new RegExp(`/statements/${statementId}#revise$`), SLOW);

    // The form opens at once, holding the text on record, with the compose form's preview.
    const field = page.getByLabel('Your revised statement');
    await field.waitFor(SLOW);
    expect(await field.inputValue()).toBe(ORIGINAL);
    await field.fill(REVISED);
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByTestId('statement-preview').getByTestId('statement-body');
    await preview.locator('strong').waitFor(SLOW);
    expect(await preview.locator('strong').innerText()).toBe('modern casks');
    expect(await axeReport(page, 'statement page, revise form open')).toEqual([]);

    await page.getByRole('button', { name: 'Submit the revision' }).click();

    // Waiting: the status card, and the approved text still up.
    const card = page.getByTestId('revision-status');
    await card.waitFor(SLOW);
    const item = card.getByTestId('author-status-item');
    expect(await item.getAttribute('data-status')).toBe('pending');
    expect(await item.getAttribute('data-review-state')).toBe('waiting');
    expect(await card.getByTestId('author-status-position').innerText()).toMatch(/^\d+ of \d+$/);
    await card.getByRole('button', { name: 'Withdraw revision' }).waitFor(SLOW);
    const statement = page.getByTestId('statement');
    expect(await statement.innerText()).toContain('have held it for decades.');
    expect(await statement.locator('strong').count()).toBe(0);
    expect(await page.getByTestId('revise-form').count()).toBe(0);
    expect(await axeReport(page, 'statement page, revision waiting')).toEqual([]);
    const revisionId = await item.getAttribute('data-post-id');
    expect(revisionId).toBeTruthy();

    // Any other reader sees the approved text and that a revision waits, not its words.
    const readerContext = await suite.contextAs('citizen_ada');
    const reader = await readerContext.newPage();
    await open(reader, `/statements/${statementId}`);
    await reader.getByTestId('revision-waiting').waitFor(SLOW);
    expect(await reader.getByTestId('statement').innerText()).toContain(
      'have held it for decades.',
    );
    expect(await reader.locator('main').innerText()).not.toContain('according to the IAEA');
    expect(await axeReport(reader, 'statement page as a reader, revision waiting')).toEqual([]);

    // The Overlord judges the queue: approved, the new text replaces the old in place.
    worker = await startTestStack({ db: suite.database.db, databaseUrl: suite.database.url });
    await waitFor(async () => {
      const row = await suite.database.db.post.findUniqueOrThrow({
        where: { id: revisionId! },
        select: { status: true },
      });
      return row.status !== 'pending' && row.status;
    }, 30_000).then((status) => expect(status).toBe('approved'));

    // Both pages follow without a reload.
    for (const p of [page, reader]) {
      await p.getByTestId('statement').locator('strong', { hasText: 'modern casks' }).waitFor(SLOW);
      expect(await p.getByTestId('statement').getAttribute('data-post-id')).toBe(statementId);
      expect(await p.getByTestId('revised-at').innerText()).toMatch(/^Revised /);
      const history = p.getByTestId('revision-history');
      await history.waitFor(SLOW);
      const versions = history.getByTestId('revision-history-version');
      expect(await versions.count()).toBe(1);
      expect(await versions.first().innerText()).toContain('have held it for decades.');
      expect(await p.getByTestId('revision-waiting').count()).toBe(0);
    }
    expect(await page.getByTestId('revision-status').count()).toBe(0);
    // The author may revise again.
    await page.getByRole('button', { name: 'Revise statement' }).waitFor(SLOW);
    expect(await axeReport(page, 'statement page after the revision')).toEqual([]);
    expect(await axeReport(reader, 'statement page after the revision, as a reader')).toEqual([]);

    // The topic page shows the new text in the statement's place, marked revised.
    await open(page, `/topics/${topicId}`);
    const card2 = page.locator(`[data-testid="post"][data-post-id="${statementId}"]`);
    await card2.locator('strong', { hasText: 'modern casks' }).waitFor(SLOW);
    expect(await card2.getByTestId('post-revised').innerText()).toMatch(/^Revised /);
    expect(await page.locator('[data-testid="post"]').count()).toBe(1);
    expect(await axeReport(page, 'topic page after the revision')).toEqual([]);

    await readerContext.close();
    await context.close();
  }, 240_000);
});
