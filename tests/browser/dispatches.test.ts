// Everything that waits is live, in Chromium against the real api, worker, Postgres and Redis:
// a topic proposal's status card moves from queued to decided without a reload; a dispatch
// reaches an open page and the header's count changes; a citizen who turns one kind of dispatch
// off (at onboarding, then on the account page) no longer receives it, while the others arrive.
import { AxeBuilder } from '@axe-core/playwright';
import { createWorker } from '@overlord/worker/runner';
import { pino } from 'pino';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type BrowserSuite, startBrowserSuite } from '../helpers/browser-suite.ts';
import { drainPending, type SignedIn, waitFor } from '../helpers/stack.ts';

let suite: BrowserSuite;
let worker: ReturnType<typeof createWorker> | null = null;
let olga: SignedIn;
let ivan: SignedIn;
let boris: SignedIn;

const SLOW = { timeout: 30_000 };
/** Whole journeys through a shared 2-core machine: generous, never asserted on. */
const JOURNEY_MS = 150_000;
const NEWCOMER = 'citizen_newcomer';
const PROPOSAL = {
  title: 'Should night buses run every twenty minutes in every district?',
  description:
    'Some districts have many late shifts, because hospitals and factories run at night. Debate whether frequent night buses increase employment there, with evidence.',
};
const MESSAGE =
  'Welcome, newcomer: frequent buses matter more than free fares, because riders choose transit when the wait is short.';

beforeAll(async () => {
  suite = await startBrowserSuite({
    worker: false,
    prepare: async (db) => {
      await db.user.updateMany({
        where: { username: { in: ['citizen_vera', 'moderator_olga', 'citizen_boris'] } },
        data: { onboardedAt: new Date() },
      });
      // Someone signing in for the first time: orientation still ahead.
      await db.user.create({ data: { username: NEWCOMER, email: 'newcomer@example.com' } });
    },
  });
  [olga, ivan, boris] = await Promise.all([
    suite.stack.signIn('moderator_olga'),
    suite.stack.signIn('admin_ivan'),
    suite.stack.signIn('citizen_boris'),
  ]);
}, 660_000);

afterAll(async () => {
  await worker?.stop();
  await suite?.stop();
});

async function startWorker() {
  if (worker) return;
  worker = createWorker({
    env: {
      DATABASE_URL: suite.database.url,
      WORKER_CONCURRENCY: 4,
      WORKER_POLL_INTERVAL_MS: 50,
      WORKER_HEALTH_PORT: 0,
    },
    deps: suite.stack.deps,
    log: pino({ level: 'silent' }),
    withCrontab: false,
  });
  await worker.start();
}

/** WCAG 2 A/AA problems axe-core finds in one part of the page, as readable lines. */
async function accessibilityProblems(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const unreadCount = (page: Page) =>
  page
    .getByTestId('unread-count')
    .count()
    .then(async (n) =>
      n === 0 ? 0 : Number.parseInt(await page.getByTestId('unread-count').innerText(), 10),
    );

const notificationsOf = async (username: string) =>
  (
    await suite.database.db.notification.findMany({
      where: { user: { username } },
      select: { kind: true },
      orderBy: { createdAt: 'asc' },
    })
  ).map((n) => n.kind);

describe('live status and dispatches in the browser', () => {
  it(
    'moves a topic proposal’s card from queued to decided without a reload',
    async () => {
      const context = await suite.contextAs('moderator_olga');
      const page = await context.newPage();
      await page.goto(`${suite.web.url}/topics/new`);
      await page.getByLabel('Title', { exact: true }).fill(PROPOSAL.title);
      await page.getByLabel('Description', { exact: true }).fill(PROPOSAL.description);
      await page.getByRole('button', { name: 'Submit proposal' }).click();

      const item = page.locator('[data-testid="topic-status"] [data-testid="author-status-item"]');
      await item.waitFor(SLOW);
      expect(await item.getAttribute('data-review-state')).toBe('waiting');
      expect(await item.getByTestId('author-status-position').innerText()).toMatch(/^\d+ of \d+$/);
      expect(await item.getByTestId('author-status-eta').count()).toBe(1);
      expect(await item.getByTestId('author-status-line').count()).toBe(1);
      expect(await accessibilityProblems(page, '[data-testid="topic-status"]')).toEqual([]);

      // The Bureau opens: the card follows the global queue's stream to the verdict.
      await startWorker();
      await expect.poll(() => item.getAttribute('data-review-state'), SLOW).toBe('decided');
      expect(await item.getByTestId('author-status-verdict').innerText()).toBe('Approved');
      expect(await item.getByTestId('author-status-line').count()).toBeGreaterThanOrEqual(2);
      expect(await accessibilityProblems(page, '[data-testid="topic-status"]')).toEqual([]);
      await context.close();
    },
    JOURNEY_MS,
  );

  it(
    'delivers a dispatch to an open page and changes the header’s count',
    async () => {
      // Whatever the seed left for the worker is judged (and announced) before the count starts.
      await drainPending(suite.database.db);
      await suite.database.db.notification.deleteMany({
        where: { user: { username: 'citizen_vera' } },
      });
      const context = await suite.contextAs('citizen_vera');
      const page = await context.newPage();
      await page.goto(`${suite.web.url}/notifications`);
      await page.getByTestId('notifications').waitFor(SLOW);
      expect(await unreadCount(page)).toBe(0);

      const sanction = await olga.client.sanctions.impose.mutate({
        username: 'citizen_vera',
        kind: 'freeze',
        hours: 2,
        reason: 'Shouting in the transit topic.',
      });
      await expect.poll(() => unreadCount(page), SLOW).toBe(1);
      const listed = page.getByTestId('notification');
      await expect.poll(() => listed.count(), SLOW).toBe(1);
      expect(await listed.first().getAttribute('data-kind')).toBe('sanction.imposed');
      expect(await listed.first().innerText()).toContain('Shouting in the transit topic.');

      await ivan.client.sanctions.lift.mutate({ sanctionId: sanction.id });
      await expect.poll(() => unreadCount(page), SLOW).toBe(2);
      await expect
        .poll(() => listed.first().getAttribute('data-kind'), SLOW)
        .toBe('sanction.lifted');
      expect(await accessibilityProblems(page, '[data-testid="notifications"]')).toEqual([]);
      await context.close();
    },
    JOURNEY_MS,
  );

  it(
    'stops a kind of dispatch the citizen turned off, and only that kind',
    async () => {
      const context = await suite.contextAs(NEWCOMER);
      const page = await context.newPage();
      await page.goto(`${suite.web.url}/welcome?next=/`);
      const choices = page.getByTestId('dispatch-choices');
      await choices.waitFor(SLOW);
      expect(await accessibilityProblems(page, '[data-testid="dispatch-choices"]')).toEqual([]);
      await page.getByLabel('Sanctions imposed on me, and their lifting').uncheck();
      await expect
        .poll(() => page.getByTestId('dispatch-choices-state').innerText(), SLOW)
        .toBe('5 of 6 kinds of dispatch on.');
      await page.getByRole('button', { name: 'Understood. Proceed.' }).click();
      await page.waitForURL(`${suite.web.url}/`, SLOW);

      // Sanctioned: no dispatch. Written to by a citizen: that dispatch arrives, live.
      await olga.client.sanctions.impose.mutate({
        username: NEWCOMER,
        kind: 'rate_limit',
        rateLimit: { count: 3, windowSeconds: 3_600 },
        hours: 1,
        reason: 'A probationary limit.',
      });
      await boris.client.messages.send.mutate({ to: NEWCOMER, body: MESSAGE });
      await expect.poll(() => unreadCount(page), SLOW).toBe(1);
      expect(await notificationsOf(NEWCOMER)).toEqual(['message.received']);

      // The choice is on file, and the account page shows it and changes it.
      await page.goto(`${suite.web.url}/account`);
      const sanctions = page.getByLabel('Sanctions imposed on me, and their lifting');
      expect(await sanctions.isChecked()).toBe(false);
      expect(await page.getByLabel('Private messages delivered to me').isChecked()).toBe(true);
      await page.getByLabel('Private messages delivered to me').uncheck();
      await expect
        .poll(() => page.getByTestId('dispatch-choices-state').innerText(), SLOW)
        .toBe('4 of 6 kinds of dispatch on.');
      expect(await accessibilityProblems(page, '[data-testid="dispatch-choices"]')).toEqual([]);
      const sent = await boris.client.messages.send.mutate({
        to: NEWCOMER,
        body: `${MESSAGE} Again.`,
      });
      await waitFor(async () => {
        const m = await suite.database.db.privateMessage.findUniqueOrThrow({
          where: { id: sent.id },
        });
        return m.status !== 'pending';
      }, 30_000);
      expect(await notificationsOf(NEWCOMER)).toEqual(['message.received']);
      await context.close();
    },
    JOURNEY_MS,
  );
});
