// The site on a phone (390 px) and at the desktop's narrowest (1024 px), in Debian's Chromium
// against the real api and `next start`: the compact header with its bottom tabs and menu (every
// destination reachable, the menu a proper modal dialog, touch targets of 44 px), the unread
// count in both layouts, the queue view's stack of tubes (live, labels of 12 px or more), the
// installable app (Chromium's own installability check), a draft that survives going offline
// and a reload and is sent only when the citizen submits it again online, and the offline page.
// No worker runs here, so submitted statements stay in their queues.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { stableId } from '@overlord/db';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chromiumPath } from '../../scripts/stack/index.ts';
import { navigationFor, type Role } from '../../apps/web/src/components/nav-items.ts';
import { type BrowserSuite, startBrowserSuite } from '../helpers/browser-suite.ts';

let suite: BrowserSuite;
const transit = stableId('topic:transit');
const SLOW = { timeout: 30_000 };
const PHONE = 390;

beforeAll(async () => {
  suite = await startBrowserSuite({
    worker: false,
    prepare: async (db) => {
      const vera = await db.user.findUniqueOrThrow({ where: { username: 'citizen_vera' } });
      await db.notification.create({
        data: {
          userId: vera.id,
          kind: 'post.approved',
          title: 'Your statement was approved',
          body: 'The Overlord finds it reasoned.',
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
  const response = await page.goto(`${suite.web.url}${path}`);
  expect(response?.status(), path).toBeLessThan(500);
  return page;
}

const hrefs = (links: Locator) =>
  links.evaluateAll((els) => els.map((el) => el.getAttribute('href')));

/** Visible links and buttons narrower or shorter than 44 px (WCAG 2.5.5's size). */
async function smallTargets(scope: Locator, selector = 'a, button'): Promise<string[]> {
  return scope.locator(selector).evaluateAll((els) =>
    els
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(
        ({ el, box }) =>
          `${(el.textContent ?? '').trim()} (${Math.round(box.width)}×${Math.round(box.height)})`,
      ),
  );
}

async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

describe('the phone header', () => {
  const viewers: { as: string | null; role: Role | null }[] = [
    { as: null, role: null },
    { as: 'citizen_vera', role: 'citizen' },
    { as: 'moderator_olga', role: 'moderator' },
  ];

  it.each(viewers)(
    'is at most 80 px tall and reaches every destination through tabs or menu ($as)',
    async ({ as, role }) => {
      const context = await suite.contextAs(as, PHONE);
      const page = await open(context, '/');
      const header = page.getByRole('banner');
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(80);

      const tabs = page.getByRole('navigation', { name: 'Main' });
      const tabBox = (await tabs.boundingBox())!;
      // The tabs sit at the bottom of the screen.
      expect(tabBox.y + tabBox.height).toBeCloseTo(page.viewportSize()!.height, 0);
      const tabLinks = await hrefs(tabs.getByRole('link'));
      expect(tabLinks).toHaveLength(4);

      const button = page.getByRole('button', { name: 'Menu' });
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      await button.click();
      const menu = page.getByRole('dialog', { name: 'Ministry directory' });
      await menu.waitFor();
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      const menuLinks = await hrefs(menu.getByRole('link'));

      const expected = navigationFor(role).items.map((item) => item.href);
      const reachable = new Set([...tabLinks, ...menuLinks]);
      for (const href of expected) expect(reachable.has(href), href).toBe(true);
      expect(menuLinks).toContain(as ? '/account' : '/sign-in');

      expect(await smallTargets(header)).toEqual([]);
      expect(await smallTargets(tabs)).toEqual([]);
      expect(await smallTargets(menu)).toEqual([]);
      await expectAccessible(page);
      await context.close();
    },
    90_000,
  );

  it('keeps focus inside the open menu, closes on Escape and after a choice', async () => {
    const context = await suite.contextAs('citizen_vera', PHONE);
    const page = await open(context, '/');
    const button = page.getByRole('button', { name: 'Menu' });
    await button.click();
    const menu = page.getByRole('dialog', { name: 'Ministry directory' });
    await menu.waitFor();
    const focusInMenu = () =>
      page.evaluate<boolean>(
        `!!document.activeElement && !!document.activeElement.closest('[data-testid="site-menu"]')`,
      );
    expect(await focusInMenu()).toBe(true);
    const stops = await menu.locator('a, button').count();
    for (let i = 0; i < stops + 2; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInMenu(), `after ${i + 1} Tab`).toBe(true);
    }
    for (let i = 0; i < stops + 2; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInMenu(), `after ${i + 1} Shift+Tab`).toBe(true);
    }

    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    // The native dialog closes at once; React marks the control collapsed on its next render.
    await expect.poll(() => button.getAttribute('aria-expanded'), SLOW).toBe('false');
    // Focus goes back to the control that opened it.
    await expect
      .poll(() => page.evaluate<string>(`document.activeElement?.textContent ?? ''`), SLOW)
      .toContain('Menu');

    await button.click();
    await menu.getByRole('link', { name: 'Registry' }).click();
    await page.waitForURL(`${suite.web.url}/citizens`);
    await menu.waitFor({ state: 'hidden' });
    await context.close();
  }, 60_000);

  it('shows the unread dispatches on a tab, and beside the link on the desktop', async () => {
    for (const width of [PHONE, 1280]) {
      const context = await suite.contextAs('citizen_vera', width);
      const page = await open(context, '/');
      const count = page.getByTestId('unread-count');
      expect(await count.isVisible(), `at ${width} px`).toBe(true);
      expect(await count.innerText()).toMatch(/^1/);
      await context.close();
    }
  });

  it('gives every control in the page a finger’s size', async () => {
    const controls =
      'button, a.button, select, input:not([type="checkbox"], [type="radio"]), ul[aria-label^="Tags of"] a';
    for (const path of ['/', `/topics/${transit}`, '/citizens']) {
      const context = await suite.contextAs('citizen_vera', PHONE);
      const page = await open(context, path);
      expect(await smallTargets(page.locator('main'), controls), path).toEqual([]);
      await context.close();
    }
  });

  it('hides the tabs while the compose box has the keyboard', async () => {
    const context = await suite.contextAs('citizen_vera', PHONE);
    const page = await open(context, `/topics/${transit}`);
    const box = page.getByRole('textbox', { name: 'Your statement' });
    await box.focus();
    await page.getByRole('navigation', { name: 'Main' }).waitFor({ state: 'hidden' });
    // The keyboard takes the lower half of the screen; the box scrolls into what is left.
    await page.setViewportSize({ width: PHONE, height: 420 });
    await box.scrollIntoViewIfNeeded();
    const rect = (await box.boundingBox())!;
    expect(rect.y).toBeGreaterThanOrEqual(0);
    expect(rect.y + Math.min(rect.height, 100)).toBeLessThanOrEqual(420);
    await context.close();
  });
});

describe('the desktop header', () => {
  it.each([1024, 1280])('keeps the signed-in navigation on one row at %i px', async (width) => {
    for (const as of ['moderator_olga', 'admin_ivan']) {
      const context = await suite.contextAs(as, width);
      const page = await open(context, '/');
      const nav = page.getByRole('navigation', { name: 'Main' });
      const tops = await nav
        .getByRole('link')
        .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
      expect(tops.length).toBeGreaterThanOrEqual(8);
      expect(new Set(tops).size, `${as} at ${width}`).toBe(1);
      const { scroll, client } = await nav.evaluate((el) => ({
        scroll: el.scrollWidth,
        client: el.clientWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(client);
      expect(await page.getByRole('button', { name: 'Menu' }).count()).toBe(0);
      await context.close();
    }
  });
});

describe('the queue view on a phone', () => {
  it('stacks the tubes, with live capsules and labels of 12 px or more', async () => {
    const context = await suite.contextAs(null, PHONE);
    const page = await open(context, '/queues');
    const branch = page.locator(`[data-testid="tube-branch"][data-queue-key="${transit}"]`);
    await branch.waitFor(SLOW);
    expect(await page.getByTestId('tube-network').count()).toBe(0);
    expect(await page.getByTestId('tube-stack').isVisible()).toBe(true);

    // A statement submitted now rolls in without a reload.
    const { client } = await suite.stack.signIn('citizen_ada');
    const { id } = await client.posts.submit.mutate({
      topicId: transit,
      body: 'Frequent buses matter more than free ones, because the wait, not the fare, is what keeps drivers in their cars.',
    });
    const capsule = branch.locator(`[data-testid="capsule"][data-item-id="${id}"]`);
    await capsule.waitFor(SLOW);
    expect(await capsule.isVisible()).toBe(true);
    expect(await capsule.getAttribute('data-kind')).toBe('post');

    // The text's own size: a capsule's number is its first child. (Evaluated in the page; the
    // tests' TypeScript has no DOM types.)
    const sizes = await page.evaluate<number[]>(`[
      ...document.querySelectorAll('[data-testid="tube-label"], [data-testid="capsule"]'),
    ].map((el) => parseFloat(getComputedStyle(el.firstElementChild ?? el).fontSize))`);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    await expectAccessible(page);

    // Reduced motion: the same facts as a plain list.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByTestId('queues-static').waitFor(SLOW);
    expect(await page.getByTestId('tube-stack').count()).toBe(0);
    await context.close();
  }, 90_000);
});

describe('the installable app', () => {
  it('passes Chromium’s installability checks (what Lighthouse asked of a PWA)', async () => {
    // A persistent profile: a throwaway context counts as incognito, which cannot install.
    const profile = await mkdtemp(join(tmpdir(), 'overlord-install-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
      viewport: { width: PHONE, height: 844 },
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(suite.web.url);
      await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
      const cdp = await context.newCDPSession(page);
      const manifest = (await cdp.send('Page.getAppManifest')) as {
        errors: { message: string }[];
        url: string;
      };
      expect(manifest.url).toMatch(/manifest\.webmanifest$/);
      expect(manifest.errors).toEqual([]);
      await expect
        .poll(
          async () =>
            (
              (await cdp.send('Page.getInstallabilityErrors')) as {
                installabilityErrors: { errorId: string }[];
              }
            ).installabilityErrors.map((e) => e.errorId),
          SLOW,
        )
        .toEqual([]);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('offline', () => {
  const DRAFT =
    'Night buses matter as much as fares, because shift workers have no other way home after midnight.';

  /** The page is controlled by the service worker once it has installed and claimed it. */
  async function underServiceWorker(page: Page) {
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await expect
      .poll(() => page.evaluate<boolean>('!!navigator.serviceWorker.controller'), SLOW)
      .toBe(true);
  }

  it('keeps a draft through going offline and a reload; sends it only on submit, online', async () => {
    const context = await suite.contextAs('citizen_vera', PHONE);
    const page = await open(context, `/topics/${transit}`);
    await underServiceWorker(page);
    // Loaded once through the service worker, the page and its files are kept.
    await page.reload();
    const box = page.getByRole('textbox', { name: 'Your statement' });
    const kept = () =>
      page.evaluate((text) => {
        // Runs in the page: the test's own tsconfig has no DOM types.
        const store = (
          globalThis as unknown as {
            localStorage: Record<string, string> & { getItem(k: string): string | null };
          }
        ).localStorage;
        const values = Object.keys(store).map((k) => store.getItem(k) ?? '');
        return values.some((value) => value.includes(text.slice(0, 20)));
      }, DRAFT);
    // Kept in the browser before the line goes down (saved on every keystroke). Typing that lands
    // before React has hydrated the reloaded page fires no change handler, so type again until
    // the draft is kept, as a citizen would see nothing amiss and go on typing.
    await expect
      .poll(async () => {
        if (await kept()) return true;
        await box.fill('');
        await box.fill(DRAFT);
        return kept();
      }, SLOW)
      .toBe(true);

    await context.setOffline(true);
    await page.reload();
    const notice = page.getByTestId('offline-notice');
    await expect.poll(() => notice.textContent(), SLOW).toContain('copy from');
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Your statement' }).inputValue(), SLOW)
      .toBe(DRAFT);

    await page.getByRole('button', { name: 'Submit to the Overlord' }).click();
    await page.getByText('this device is offline').waitFor(SLOW);
    const filed = () => suite.database.db.post.count({ where: { body: DRAFT } });
    expect(await filed()).toBe(0);
    await expectAccessible(page);

    // Back online: nothing was sent by itself; the citizen's submit sends it.
    await context.setOffline(false);
    await page.waitForTimeout(1_000);
    expect(await filed()).toBe(0);
    await page.getByRole('button', { name: 'Submit to the Overlord' }).click();
    await page.getByRole('complementary', { name: 'Overlord filing receipt' }).waitFor(SLOW);
    expect(await filed()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Your statement' }).inputValue()).toBe('');
    await context.close();
  }, 120_000);

  it('answers a page it never kept with the Overlord’s offline page', async () => {
    const context = await suite.contextAs('citizen_vera', PHONE);
    const page = await open(context, '/');
    await underServiceWorker(page);
    await context.setOffline(true);
    await page.goto(`${suite.web.url}/account`);
    await page.getByTestId('offline-page').waitFor(SLOW);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/lines .* are down/i);
    expect(await page.content()).not.toContain('citizen_vera');
    await expectAccessible(page);
    await context.setOffline(false);
    await context.close();
  }, 60_000);
});
