// The public log in Chromium (docs/product.md §16): an anonymous visitor reads /log with the
// Overlord's record drawn as charts, filters it by topic (the filter lands in the URL), and sees
// a new verdict arrive live without reloading. Axe passes before and after. The Atom feed is
// well-formed XML and carries exactly the entries of the page and of `log.list`.
import AxeBuilder from '@axe-core/playwright';
import { stableId } from '@overlord/db';
import { seedTopics } from '@overlord/db/seed';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type BrowserSuite, startBrowserSuite } from '../helpers/browser-suite.ts';
import { judgedPost } from '../helpers/stack.ts';

let suite: BrowserSuite;
const SLOW = { timeout: 30_000 };
/** Whole journeys through a shared 2-core machine: generous, never asserted on. */
const JOURNEY_MS = 150_000;
const nuclear = stableId('topic:nuclear');
const NUCLEAR_TITLE = seedTopics.find((t) => t.key === 'nuclear')!.title;
const SOUND =
  'Reactors run day and night, so they can replace coal without the storage that wind needs, according to grid operators.';

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

/** The entries as the page shows them: key and sentence. */
async function shownEntries(page: Page) {
  return page.locator('[data-testid="log-entry"]').evaluateAll((cards) =>
    cards.map((card) => ({
      key: card.getAttribute('data-key'),
      text: card.querySelector('p:nth-of-type(2)')?.textContent?.trim() ?? '',
    })),
  );
}

describe('the public log in the browser', () => {
  it(
    'an anonymous visitor reads it, filters it by topic and sees a new verdict arrive live',
    async () => {
      const context = await suite.contextAs(null);
      const page = await context.newPage();
      await page.goto(`${suite.web.url}/log`);
      await page.locator('[data-testid="log-entry"]').first().waitFor(SLOW);
      // Wide screens list the log in the footer (docs/decisions.md, "Phones and offline").
      const nav = page.getByRole('navigation', { name: 'More destinations' });
      expect(await nav.getByRole('link', { name: 'Log' }).getAttribute('aria-current')).toBe(
        'page',
      );
      // The record: every chart has its figures as a table for screen readers, and is drawn.
      for (const name of [
        /Verdicts per day/,
        /Rejection reasons/,
        /Appeals sustained/,
        /Median time/,
      ])
        expect(await page.getByRole('table', { name }).count()).toBe(1);
      await page
        .locator('[data-testid="chart-verdicts"] svg.recharts-surface')
        .first()
        .waitFor(SLOW);
      // Terms violations never appear: the seed's advertising is not there, in any words.
      expect(await page.locator('main').innerText()).not.toContain('WATCHES');
      expect(await page.getByTestId('log-entries').innerText()).not.toMatch(/terms/i);
      await expectAccessible(page);

      await page.getByLabel('Topic').selectOption({ label: NUCLEAR_TITLE });
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL((url) => url.searchParams.get('topic') === nuclear, SLOW);
      const entries = page.locator('[data-testid="log-entry"]');
      await entries.first().waitFor(SLOW);
      for (const text of await entries.allInnerTexts()) expect(text).toContain(NUCLEAR_TITLE);

      await page.locator('[data-testid="log-entries"][data-live="live"]').waitFor(SLOW);
      const before = await entries.count();
      const boris = await suite.stack.signIn('citizen_boris');
      const judged = await judgedPost(boris, nuclear, SOUND);
      expect(judged.status).toBe('approved');
      const arrived = page.locator(
        `[data-testid="log-entry"][data-key="verdict:post:${judged.id}"]`,
      );
      await arrived.waitFor(SLOW);
      expect(await arrived.innerText()).toContain('@citizen_boris');
      expect(await entries.count()).toBe(before + 1);
      // No reload happened: the filter is still in the URL and the first entry is the new one.
      expect(new URL(page.url()).searchParams.get('topic')).toBe(nuclear);
      expect((await shownEntries(page))[0]?.key).toBe(`verdict:post:${judged.id}`);
      await expectAccessible(page);
      await context.close();
    },
    JOURNEY_MS,
  );

  it(
    'serves the same entries as an Atom feed, valid XML',
    async () => {
      const response = await fetch(`${suite.web.url}/log/feed.xml?topic=${nuclear}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
      const xml = await response.text();
      expect(XMLValidator.validate(xml)).toBe(true);
      const parsed = new XMLParser({
        ignoreAttributes: false,
        attributeNamePrefix: '@',
        isArray: (name) => ['entry', 'link', 'author', 'category'].includes(name),
      }).parse(xml) as {
        feed: {
          id: string;
          entry: { id: string; title: string | { '#text': string }; updated: string }[];
        };
      };
      // Titles are HTML text (citizens' words escaped); read them back as plain text.
      const text = (html: string) =>
        html
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&');
      const feedEntries = parsed.feed.entry.map((e) => ({
        id: e.id,
        title: text(typeof e.title === 'string' ? e.title : e.title['#text']),
        updated: e.updated,
      }));

      // The procedure's entries, in the same order, at the same times.
      const listed = await suite.stack.client().log.list.query({ topic: nuclear, limit: 25 });
      expect(feedEntries.length).toBe(listed.items.length);
      expect(feedEntries.map((e) => e.id.replace(/^.*\/log#/, ''))).toEqual(
        listed.items.map((e) => `entry-${e.key.replaceAll(':', '-')}`),
      );
      expect(feedEntries.map((e) => e.updated)).toEqual(
        listed.items.map((e) => e.at.toISOString()),
      );

      // And the page's: the same sentences for the same decisions.
      const page = await (await suite.contextAs(null)).newPage();
      await page.goto(`${suite.web.url}/log?topic=${nuclear}`);
      await page.locator('[data-testid="log-entry"]').first().waitFor(SLOW);
      const shown = await shownEntries(page);
      expect(shown.map((e) => e.key)).toEqual(listed.items.map((e) => e.key));
      expect(feedEntries.map((e) => e.title)).toEqual(shown.map((e) => e.text));
      await page.context().close();

      const refused = await fetch(`${suite.web.url}/log/feed.xml?reason=terms_violation`);
      expect(refused.status).toBe(400);
    },
    JOURNEY_MS,
  );
});
