// Finding, following and blocking in Chromium (docs/product.md §12, §20, §21). A visitor searches
// for words that appear only in a statement and sees them highlighted in its snippet. A citizen
// follows a topic, receives a dispatch when a new statement there is approved, finds the topic
// marked unread and the statement marked new. A citizen blocks another: the other's message is
// refused, and their statements fold away for the blocker. Every page passes axe-core.
import AxeBuilder from '@axe-core/playwright';
import { stableId } from '@overlord/db';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type BrowserSuite, startBrowserSuite } from '../helpers/browser-suite.ts';
import { judgedPost } from '../helpers/stack.ts';

let suite: BrowserSuite;
const SLOW = { timeout: 30_000 };
const transit = stableId('topic:transit');
const STATEMENT =
  'Frequent buses matter more than free fares, because riders choose transit when the wait is short.';

beforeAll(async () => {
  suite = await startBrowserSuite();
}, 660_000);

afterAll(async () => {
  await suite?.stop();
});

/** No serious or critical axe-core violation inside <main>. */
async function expectAccessible(page: Page) {
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id),
  ).toEqual([]);
}

describe('finding, following and blocking in the browser', () => {
  it(
    'finds a word that appears only in a statement, highlighted',
    { timeout: 120_000 },
    async () => {
      const context = await suite.contextAs(null);
      const page = await context.newPage();
      await page.goto(`${suite.web.url}/`);
      await page
        .getByRole('navigation', { name: 'More destinations' })
        .getByRole('link', { name: 'Search' })
        .click();
      await page.waitForURL(/\/search$/);
      await page.getByLabel('Words to look for').fill('fare barrier');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/\/search\?q=fare\+barrier$/);
      const results = page.getByTestId('search-result');
      await expect.poll(() => results.count()).toBe(1);
      expect(await results.first().getAttribute('data-topic-id')).toBe(transit);
      const statement = results.first().getByTestId('search-statement');
      expect(await statement.locator('mark').allInnerTexts()).toEqual(['fare', 'barrier']);
      // The title does not hold the words: nothing is marked there.
      expect(await results.first().getByRole('heading').locator('mark').count()).toBe(0);
      await expectAccessible(page);
      await context.close();
    },
  );

  it(
    'follows a topic and receives a dispatch of a new statement',
    { timeout: 180_000 },
    async () => {
      const context = await suite.contextAs('citizen_boris');
      const page = await context.newPage();
      await page.goto(`${suite.web.url}/topics/${transit}`);
      const follow = page.getByRole('button', { name: 'Follow this topic' });
      await follow.click();
      await expect
        .poll(() => page.getByTestId('follow-topic').getAttribute('data-following'))
        .toBe('true');
      await expectAccessible(page);

      const vera = await suite.stack.signIn('citizen_vera');
      expect((await judgedPost(vera, transit, STATEMENT)).status).toBe('approved');

      // The dispatch arrives (the worker sends it after the verdict).
      await expect
        .poll(async () => {
          await page.goto(`${suite.web.url}/notifications`);
          return page.locator('[data-testid="notification"][data-kind="follow.topic"]').count();
        }, SLOW)
        .toBe(1);
      await expectAccessible(page);

      // Followed topics: this one unread, with what is new.
      await page.goto(`${suite.web.url}/following`);
      const followed = page.locator(`[data-testid="followed-topic"][data-topic-id="${transit}"]`);
      expect(await followed.getAttribute('data-unread')).toBe('true');
      expect(await followed.innerText()).toContain('1 new statement since your last visit');
      await expectAccessible(page);

      // The dispatch leads to the topic, where the new statement is marked.
      await page.goto(`${suite.web.url}/notifications`);
      await page
        .locator('[data-testid="notification"][data-kind="follow.topic"]')
        .getByRole('link')
        .click();
      await page.waitForURL(`${suite.web.url}/topics/${transit}`);
      const fresh = page.getByTestId('post').filter({ hasText: STATEMENT });
      await fresh.getByTestId('new-since-visit').waitFor(SLOW);
      await expectAccessible(page);

      // The visit is recorded: nothing is unread any more.
      await expect
        .poll(async () => {
          await page.goto(`${suite.web.url}/following`);
          return followed.getAttribute('data-unread');
        }, SLOW)
        .toBe('false');
      await context.close();
    },
  );

  it(
    'blocks a citizen: their messages are refused and their statements fold away',
    { timeout: 180_000 },
    async () => {
      const boris = await suite.contextAs('citizen_boris');
      const profile = await boris.newPage();
      await profile.goto(`${suite.web.url}/citizens/citizen_vera`);
      await profile.getByRole('button', { name: 'Block citizen_vera' }).click();
      await expect
        .poll(() => profile.getByTestId('block-toggle').getAttribute('data-blocked'))
        .toBe('true');
      await expectAccessible(profile);

      const vera = await suite.contextAs('citizen_vera');
      const thread = await vera.newPage();
      await thread.goto(`${suite.web.url}/messages/citizen_boris`);
      await thread.getByLabel('Your message').fill(STATEMENT);
      await thread.getByRole('button', { name: 'Transmit message' }).click();
      await expect
        .poll(() => thread.locator('main').innerText(), SLOW)
        .toContain('This citizen does not accept messages from you.');
      expect(await thread.getByTestId('message').count()).toBe(0);
      await vera.close();

      // Vera's statement on the topic is folded for Boris, one click away.
      const topic = await boris.newPage();
      await topic.goto(`${suite.web.url}/topics/${transit}`);
      const { id } = await suite.database.db.post.findFirstOrThrow({
        where: { body: STATEMENT },
        select: { id: true },
      });
      const folded = topic.locator(`[data-post-id="${id}"][data-collapsed="true"]`);
      await folded.waitFor(SLOW);
      expect(await folded.innerText()).toContain('whom you blocked');
      expect(await folded.getByText(STATEMENT).isVisible()).toBe(false);
      await folded.locator('summary').click();
      await expect.poll(() => folded.getByText(STATEMENT).isVisible()).toBe(true);
      await expectAccessible(topic);
      await boris.close();
    },
  );
});
