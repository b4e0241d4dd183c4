// The live web in Debian's Chromium, against the real api, worker, Postgres and Redis: the topic
// page follows the `live.topic` stream (statements appear in evaluation, vanish on rejection,
// show their verdict; a dropped connection loses nothing and duplicates nothing), the author's
// status card, and the /queues pneumatic-tube network with its reduced-motion alternative.
// The worker is started and stopped by the tests themselves, so items can be made to wait.
import { createServer, connect, type Server, type Socket } from 'node:net';

import { AxeBuilder } from '@axe-core/playwright';
import { stableId } from '@overlord/db';
import { seed } from '@overlord/db/seed';
import { createWorker } from '@overlord/worker/runner';
import { OAuth2Server } from 'oauth2-mock-server';
import { pino } from 'pino';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startTestStack, type TestStack, waitFor } from '../helpers/stack.ts';
import {
  holdBrowserPorts,
  launchChromium,
  startWeb,
  type WebServer,
  WEB_ORIGIN,
  webEnv,
} from '../helpers/web.ts';
import { TEST_API_PORT, TEST_WEB_PORT } from '../setup/ports.ts';

let database: TestDatabase;
let stack: TestStack;
let web: WebServer;
let browser: Browser;
let releasePorts: (() => Promise<void>) | undefined;
let google: OAuth2Server;
let worker: ReturnType<typeof createWorker> | null = null;
let line: TcpLine;

const transit = stableId('topic:transit');
const nuclear = stableId('topic:nuclear');
const fourDay = stableId('topic:four-day-week');
const SOUND =
  'Free fares help the poorest riders most, because the fare is a larger share of their income, so taxes should fund buses.';
const INSULT =
  'You are an idiot and a moron if you think reactors are safe, nuclear power is stupid.';
const ON_LABOUR =
  'A four-day working week raises productivity, because rested workers make fewer mistakes; trials in many firms give evidence of equal output.';
const SLOW = { timeout: 30_000 };
/** Whole journeys through a shared 2-core machine: generous, never asserted on. */
const JOURNEY_MS = 150_000;

/**
 * The browser's line to the api: a plain TCP relay on the port the web bundle was built for.
 * Chromium's offline emulation refuses new requests but leaves an open event stream alone;
 * cutting the relay's sockets is the dropped connection itself.
 */
interface TcpLine {
  cut(): void;
  close(): Promise<void>;
}

async function startLine(listenPort: number, targetPort: number): Promise<TcpLine> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
  return {
    cut: () => {
      for (const socket of sockets) socket.destroy();
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function startWorker() {
  if (worker) return;
  worker = createWorker({
    env: {
      DATABASE_URL: database.url,
      WORKER_CONCURRENCY: 4,
      WORKER_POLL_INTERVAL_MS: 50,
      WORKER_HEALTH_PORT: 0,
    },
    deps: stack.deps,
    log: pino({ level: 'silent' }),
    withCrontab: false,
  });
  await worker.start();
}

/** Stops between jobs only: every job so far finished, so no queue is left locked. */
async function stopWorker() {
  if (!worker) return;
  await waitFor(
    async () => {
      const [row] = await database.db.$queryRaw<{ n: number }[]>`
        select count(*)::int as n from graphile_worker._private_jobs`;
      return row?.n === 0;
    },
    15_000,
    100,
  );
  await worker.stop();
  worker = null;
}

/** A browser context signed in as a seeded citizen (the same cookie the api reads). */
async function contextAs(username: string | null): Promise<BrowserContext> {
  const context = await browser.newContext();
  if (username) {
    const { token } = await stack.signIn(username);
    await context.addCookies([
      { name: 'overlord.session-token', value: token, url: web.url, httpOnly: true },
    ]);
  }
  return context;
}

/** The topic page with its live stream connected (so later events cannot be missed). */
async function openTopic(context: BrowserContext, topicId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${web.url}/topics/${topicId}`);
  await page.locator('[data-testid="tally"][data-live="live"]').waitFor(SLOW);
  return page;
}

/**
 * WCAG 2 A/AA problems axe-core finds in one part of the page (contrast included), as
 * readable lines. Scoped to what this suite is about; the shared page furniture has its own.
 */
async function accessibilityProblems(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const postIds = (page: Page) =>
  page.getByTestId('post').evaluateAll((els) => els.map((e) => e.getAttribute('data-post-id')));

beforeAll(async () => {
  releasePorts = await holdBrowserPorts();
  database = await createTestDatabase();
  await seed(database.db);
  google = new OAuth2Server();
  await google.issuer.keys.generate('RS256');
  await google.start(0, '127.0.0.1');
  google.service.on('beforeTokenSigning', (token) => {
    Object.assign(token.payload, {
      sub: 'google-julia',
      email: 'julia@example.com',
      email_verified: true,
      name: 'Julia',
    });
  });
  stack = await startTestStack({
    db: database.db,
    databaseUrl: database.url,
    apiPort: 0,
    corsOrigins: [WEB_ORIGIN],
    worker: false,
  });
  line = await startLine(TEST_API_PORT, Number(new URL(stack.apiUrl).port));
  web = await startWeb({
    port: TEST_WEB_PORT,
    apiUrl: stack.apiUrl,
    env: webEnv(database.url, { googleIssuer: google.issuer.url! }),
  });
  browser = await launchChromium();
}, 660_000);

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await stopWorker();
  await line?.close();
  await stack?.stop();
  await google?.stop();
  await database?.drop();
  await releasePorts?.();
});

describe('queue view', () => {
  it(
    'shows the hub and a branch with a capsule while an item waits; once judged it is drawn into the hub',
    async () => {
      await stopWorker();
      const { client: vera } = await stack.signIn('citizen_vera');
      const { id } = await vera.posts.submit.mutate({ topicId: transit, body: SOUND });

      const context = await contextAs(null);
      const page = await context.newPage();
      await page.goto(`${web.url}/queues`);
      const network = page.getByTestId('tube-network');
      await network.waitFor(SLOW);
      expect(await network.locator('title').textContent()).toMatch(/pneumatic-tube network/i);
      expect(await page.getByTestId('tube-hub').count()).toBe(1);
      const branch = page.locator(`[data-testid="tube-branch"][data-queue-key="${transit}"]`);
      await branch.waitFor(SLOW);
      const capsule = branch.locator(`[data-testid="capsule"][data-item-id="${id}"]`);
      await capsule.waitFor({ state: 'attached', ...SLOW });
      expect(await capsule.getAttribute('data-kind')).toBe('post');
      // The same facts as text, for screen readers.
      expect(await page.locator(`[data-testid="transit-item"][data-item-id="${id}"]`).count()).toBe(
        1,
      );
      expect(await accessibilityProblems(page, 'main')).toEqual([]);

      // Records every capsule drawn into the hub, however briefly it is on screen. (Page
      // scripts are strings: this project's TypeScript has no DOM types outside the web app.)
      await page.evaluate(`{
        window.drawnIn = [];
        new MutationObserver((mutations) => {
          for (const m of mutations)
            for (const node of m.addedNodes) {
              if (!(node instanceof Element)) continue;
              for (const el of [node, ...node.querySelectorAll('*')])
                if (el.getAttribute('data-testid') === 'capsule-departing')
                  window.drawnIn.push(el.getAttribute('data-item-id'));
            }
        }).observe(document.body, { childList: true, subtree: true });
      }`);

      // The Overlord gets to work: the capsule leaves its tube for the hub without a reload,
      // and is gone once drawn in.
      await startWorker();
      await capsule.waitFor({ state: 'detached', ...SLOW });
      await page.waitForFunction(`window.drawnIn.includes(${JSON.stringify(id)})`, null, SLOW);
      await page
        .locator(`[data-testid="capsule-departing"][data-item-id="${id}"]`)
        .waitFor({ state: 'detached', ...SLOW });
      expect(
        await database.db.post.findUniqueOrThrow({ where: { id }, select: { status: true } }),
      ).toEqual({ status: 'approved' });
      await context.close();
    },
    JOURNEY_MS,
  );

  it(
    'under reduced motion shows a plain list instead of the animated network',
    async () => {
      await stopWorker();
      const { client: boris } = await stack.signIn('citizen_boris');
      const { id } = await boris.posts.submit.mutate({ topicId: fourDay, body: ON_LABOUR });

      const context = await contextAs(null);
      const page = await context.newPage();
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${web.url}/queues`);
      const item = page.locator(`[data-testid="transit-item"][data-item-id="${id}"]`);
      // The view switches once the page has hydrated and read the media query: wait for it.
      await page.getByTestId('tube-network').waitFor({ ...SLOW, state: 'detached' });
      await page.getByTestId('queues-static').waitFor({ ...SLOW, state: 'visible' });
      await item.waitFor({ ...SLOW, state: 'visible' });
      expect(await item.isVisible()).toBe(true);
      expect(await page.getByTestId('queues-static').isVisible()).toBe(true);
      expect(await page.getByTestId('tube-network').count()).toBe(0);
      expect(await page.getByTestId('capsule').count()).toBe(0);
      expect(await accessibilityProblems(page, 'main')).toEqual([]);

      // Motion allowed again: the network returns, the list stays for screen readers only.
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await page.getByTestId('tube-network').waitFor(SLOW);
      expect(await page.getByTestId('queues-static').count()).toBe(0);
      await context.close();
      await startWorker();
    },
    JOURNEY_MS,
  );
});

describe('topic page, live', () => {
  it(
    'anonymous compose → sign in → onboarding → submitted → position, then the verdict arrives live',
    async () => {
      await stopWorker();
      const context = await contextAs(null);
      const page = await context.newPage();
      await page.goto(`${web.url}/topics/${transit}`);
      await page.getByLabel('Your statement').fill(SOUND);
      await page.getByRole('button', { name: 'Submit to the Overlord' }).click();
      await page.waitForURL(/\/sign-in\?callbackUrl=/);
      await page.getByRole('button', { name: 'Sign in with Google' }).click();
      await page.waitForURL(/\/welcome\?next=/);
      await page.getByRole('button', { name: 'Understood. Proceed.' }).click();
      await page.waitForURL(new RegExp(`/topics/${transit}$`));
      await expect.poll(() => page.getByLabel('Your statement').inputValue()).toBe(SOUND);
      await page.locator('[data-testid="tally"][data-live="live"]').waitFor(SLOW);

      // From here on the page is never reloaded: a marker on window would not survive one.
      await page.evaluate(
        () => ((globalThis as unknown as { marker: string }).marker = 'same-page'),
      );
      await page.getByRole('button', { name: 'Submit to the Overlord' }).click();
      const user = await database.db.user.findUniqueOrThrow({
        where: { email: 'julia@example.com' },
        select: { id: true },
      });
      const post = await waitFor(
        () =>
          database.db.post
            .findFirst({ where: { authorId: user.id, body: SOUND }, select: { id: true } })
            .then((found) => found ?? undefined),
        10_000,
      );

      // The status card: waiting, its place in the topic's queue, and the Overlord's first line.
      const card = page.locator(`[data-testid="author-status-item"][data-post-id="${post.id}"]`);
      await card.waitFor(SLOW);
      expect(await card.getAttribute('data-review-state')).toBe('waiting');
      expect(await card.getByTestId('author-status-position').innerText()).toMatch(/^\d+ of \d+$/);
      expect(await card.getByTestId('author-status-line').count()).toBe(1);
      expect(await accessibilityProblems(page, '[data-testid="author-status"]')).toEqual([]);
      const article = page.locator(`[data-testid="post"][data-post-id="${post.id}"]`);
      expect(await article.getAttribute('data-status')).toBe('pending');

      await startWorker();
      await expect.poll(() => article.getAttribute('data-status'), SLOW).toBe('approved');
      await expect.poll(() => card.getAttribute('data-review-state'), SLOW).toBe('decided');
      expect(await card.getByTestId('author-status-verdict').innerText()).toBe('Approved');
      expect(await card.getByTestId('author-status-line').count()).toBeGreaterThanOrEqual(2);
      expect(
        await page.evaluate(() => (globalThis as unknown as { marker?: string }).marker ?? null),
      ).toBe('same-page');
      await context.close();
    },
    JOURNEY_MS,
  );

  it(
    "a second browser sees another citizen's post appear in evaluation, then vanish on rejection",
    async () => {
      await stopWorker();
      const signedIn = await contextAs('citizen_boris');
      const anonymous = await contextAs(null);
      const pages = [await openTopic(signedIn, nuclear), await openTopic(anonymous, nuclear)];

      const { client: vera } = await stack.signIn('citizen_vera');
      const { id, status } = await vera.posts.submit.mutate({ topicId: nuclear, body: INSULT });
      expect(status).toBe('pending');
      for (const page of pages) {
        const article = page.locator(`[data-testid="post"][data-post-id="${id}"]`);
        await article.waitFor(SLOW);
        expect(await article.getAttribute('data-status')).toBe('pending');
      }

      await startWorker();
      for (const page of pages)
        await page
          .locator(`[data-testid="post"][data-post-id="${id}"]`)
          .waitFor({ state: 'detached', ...SLOW });
      expect(
        await database.db.post.findUniqueOrThrow({ where: { id }, select: { status: true } }),
      ).toEqual({ status: 'rejected' });
      await signedIn.close();
      await anonymous.close();
    },
    JOURNEY_MS,
  );

  it(
    'after a network drop shows every post exactly once, in submission order',
    async () => {
      await startWorker();
      const context = await contextAs('citizen_ada');
      const page = await openTopic(context, fourDay);

      await context.setOffline(true);
      line.cut();
      await page
        .locator('[data-testid="tally"][data-live="live"]')
        .waitFor({ state: 'detached', ...SLOW });
      const { client: vera } = await stack.signIn('citizen_vera');
      const { client: boris } = await stack.signIn('citizen_boris');
      const submitted: string[] = [];
      for (const [author, n] of [
        [vera, 1],
        [boris, 2],
        [vera, 3],
        [boris, 4],
      ] as const) {
        const { id } = await author.posts.submit.mutate({
          topicId: fourDay,
          body: `${ON_LABOUR} Point ${n} of my argument.`,
        });
        submitted.push(id);
      }
      const rejected = await vera.posts.submit.mutate({ topicId: fourDay, body: INSULT });
      await context.setOffline(false);
      // The stream comes back by itself and resumes after the last event it saw.
      await page.locator('[data-testid="tally"][data-live="live"]').waitFor(SLOW);

      // Once the queue has drained the page must match the record exactly.
      await expect
        .poll(
          () => database.db.post.count({ where: { topicId: fourDay, status: 'pending' } }),
          SLOW,
        )
        .toBe(0);
      const record = (await vera.posts.byTopic.query({ topicId: fourDay })).items.map((p) => p.id);
      for (const id of submitted) expect(record).toContain(id);
      expect(record).not.toContain(rejected.id);
      await expect.poll(() => postIds(page), SLOW).toEqual(record);
      const shown = await postIds(page);
      expect(new Set(shown).size).toBe(shown.length);
      await expect
        .poll(() =>
          page
            .getByTestId('post')
            .evaluateAll((els) => els.every((e) => e.getAttribute('data-status') === 'approved')),
        )
        .toBe(true);
      await context.close();
    },
    JOURNEY_MS,
  );
});

describe('calibration', () => {
  it(
    'returns a statement with guidance; the author revises and resubmits it from the status card',
    async () => {
      await startWorker();
      const context = await contextAs('citizen_ada');
      const page = await openTopic(context, transit);
      const composer = page.getByRole('textbox', { name: 'Your statement' });
      await composer.fill('Everyone knows this is true.');
      await page.getByRole('button', { name: 'Submit to the Overlord' }).click();

      const verdict = page.getByTestId('author-status-verdict');
      await verdict.filter({ hasText: 'Returned for calibration' }).waitFor(SLOW);
      await page.getByRole('button', { name: 'Revise and resubmit' }).click();
      // The composer takes the calibrated text, ready to be improved.
      await expect.poll(() => composer.inputValue()).toBe('Everyone knows this is true.');
      expect(await page.getByRole('heading', { name: 'Revise and resubmit' }).isVisible()).toBe(
        true,
      );
      await composer.fill(
        'Free fares raise ridership, because according to the city transit report riders doubled after fares were removed.',
      );
      await page.getByRole('button', { name: 'Submit to the Overlord' }).click();
      await page.getByText('Statement received.').waitFor(SLOW);

      const revised = await database.db.post.findFirstOrThrow({
        where: { authorId: stableId('user:citizen_ada'), resubmissionOfId: { not: null } },
        select: { resubmissionOfId: true, body: true },
      });
      const original = await database.db.post.findUniqueOrThrow({
        where: { id: revised.resubmissionOfId! },
        select: { status: true, body: true },
      });
      expect(original).toEqual({ status: 'calibrate', body: 'Everyone knows this is true.' });
      expect(revised.body).toMatch(/^Free fares raise ridership/);
      await context.close();
    },
    JOURNEY_MS,
  );
});
