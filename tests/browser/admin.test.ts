// Running the Ministry in Chromium (docs/product.md §18). An admin reads the dashboard and a
// superadmin changes a submission limit, which refuses the next statement on a topic page; a
// superadmin changes the top share (the leaderboard follows), a spend cap today's spend has
// already reached (after a confirmation), the loyalty weights and a badge threshold, each error
// said in words under its field; a
// superadmin changes a citizen's role and finds it in the audit log; a superadmin bans a citizen
// with a reason (bans are the superadmin's, docs/product.md §2); a moderator releases a held
// statement and watches the Overlord judge it on its topic page. Every new page passes axe-core.
import AxeBuilder from '@axe-core/playwright';
import { stableId } from '@overlord/db';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type BrowserSuite, startBrowserSuite } from '../helpers/browser-suite.ts';

let suite: BrowserSuite;
const SLOW = { timeout: 30_000 };
/** Each journey loads several pages on a shared, busy machine. */
const JOURNEY = 180_000;
const nuclear = stableId('topic:nuclear');
const HELD_BODY =
  'Nuclear plants emit far less carbon than coal plants, so replacing coal with nuclear cuts emissions.';
let heldId: string;

beforeAll(async () => {
  suite = await startBrowserSuite({
    async prepare(db) {
      // A statement whose safety screen timed out, as the submit path stores it.
      const boris = await db.user.findUniqueOrThrow({ where: { username: 'citizen_boris' } });
      const post = await db.post.create({
        data: {
          topicId: nuclear,
          authorId: boris.id,
          body: HELD_BODY,
          status: 'rejected',
          rejectionReason: 'terms_violation',
          termsViolation: true,
          heldForReview: true,
          decidedAt: new Date(),
          judge: 'offline:screen',
          evaluation: { error: 'safety screen timed out after 1500 ms' },
        },
        select: { id: true },
      });
      heldId = post.id;
      // Today's model spend so far, as the instances' ledgers flushed it.
      await db.providerCostDay.create({
        data: {
          day: new Date(new Date().toISOString().slice(0, 10)),
          provider: 'anthropic',
          model: 'claude-test',
          operation: 'evaluate',
          calls: 300,
          costUsd: 3,
        },
      });
    },
  });
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

describe('the administration in the browser', () => {
  it(
    'an admin reads the dashboard; a changed submission limit refuses the next statement',
    async () => {
      const ivan = await suite.contextAs('admin_ivan');
      const dashboard = await ivan.newPage();
      await dashboard.goto(`${suite.web.url}/admin`);
      await dashboard.getByTestId('admin-dashboard').waitFor(SLOW);
      const nav = dashboard.getByRole('navigation', { name: 'Main' });
      expect(await nav.getByRole('link', { name: 'Admin' }).count()).toBe(1);
      await dashboard.locator('[data-testid="queue-depth"][data-kind="post"]').waitFor(SLOW);
      for (const title of [
        'Verdicts per minute',
        'Judging time per day',
        'Model call latency per day',
        'Cache hit rate per day',
      ])
        expect(await dashboard.getByRole('figure', { name: new RegExp(title) }).count()).toBe(1);
      // Admins have no settings tab, and the settings page is sealed to them.
      const tabs = dashboard.getByRole('navigation', { name: 'Administration' });
      expect(await tabs.getByRole('link', { name: 'Settings' }).count()).toBe(0);
      await expectAccessible(dashboard);
      const sealed = await ivan.newPage();
      expect((await sealed.goto(`${suite.web.url}/admin/settings`))?.status()).toBe(403);
      await ivan.close();

      // Citizens do not see the link, and the dashboard answers 403.
      const vera = await suite.contextAs('citizen_vera');
      const page = await vera.newPage();
      expect((await page.goto(`${suite.web.url}/admin`))?.status()).toBe(403);
      expect(
        await page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: 'Admin' })
          .count(),
      ).toBe(0);

      // The superadmin allows one statement per ten minutes.
      const nadia = await suite.contextAs('superadmin_nadia');
      const settings = await nadia.newPage();
      await settings.goto(`${suite.web.url}/admin/settings`);
      const form = settings.getByTestId('setting-submission_limit.post');
      await form.waitFor(SLOW);
      await expectAccessible(settings);
      await form.getByLabel('At most').fill('1');
      await form.getByLabel('per (minutes)').fill('10');
      await form.getByRole('button', { name: 'Save' }).click();
      await form.getByTestId('setting-saved').waitFor(SLOW);
      await expect
        .poll(() => settings.getByTestId('limit-post').textContent(), SLOW)
        .toMatch(/1 per 10 minutes/);
      await nadia.close();

      // Vera's next statements: the first may pass (if she had none in ten minutes), the next is
      // refused with the Overlord's words.
      await page.goto(`${suite.web.url}/topics/${nuclear}`);
      const composer = page.getByLabel('Your statement');
      for (const n of [1, 2]) {
        await composer.fill(
          `Reactors run for sixty years, so their capital cost spreads over more output (${n}).`,
        );
        await page.getByRole('button', { name: 'Submit to the Overlord' }).click();
      }
      await expect
        .poll(() => page.locator('main').textContent(), SLOW)
        .toMatch(/at most 1 statements per 10 minutes/);
      await vera.close();
    },
    JOURNEY,
  );

  it(
    'a superadmin changes a role and finds the change in the audit log',
    async () => {
      const nadia = await suite.contextAs('superadmin_nadia');
      const page = await nadia.newPage();
      await page.goto(`${suite.web.url}/admin/citizens?q=citizen_boris`);
      await page.getByTestId('admin-citizens').waitFor(SLOW);
      await expectAccessible(page);
      await page.getByRole('link', { name: 'citizen_boris', exact: true }).first().click();
      await page.getByTestId('admin-citizen').waitFor(SLOW);
      await expectAccessible(page);
      const actions = page.getByTestId('citizen-actions');
      await actions.getByLabel('Role').selectOption('moderator');
      await actions.getByRole('button', { name: 'Change role' }).click();
      // No reason, no change.
      await expect.poll(() => actions.locator('[id$="-error"]').innerText()).toMatch(/reason/);
      await actions.getByLabel('Reason for the record').fill('Fair and diligent in debate.');
      await actions.getByRole('button', { name: 'Change role' }).click();
      await actions.getByTestId('confirm-action').getByRole('button', { name: 'Confirm' }).click();
      await expect
        .poll(() => actions.getByTestId('action-done').innerText(), SLOW)
        .toMatch(/citizen_boris is now a moderator/);
      await expect.poll(() => page.getByTestId('citizen-role').innerText(), SLOW).toBe('moderator');

      await page.goto(`${suite.web.url}/admin/audit`);
      await page.getByTestId('audit-log').waitFor(SLOW);
      await page.getByLabel('Target (id or username)').fill('citizen_boris');
      await page.getByRole('button', { name: 'Filter' }).click();
      await page.waitForURL(/target=citizen_boris/);
      const row = page.locator('[data-testid="audit-row"][data-action="user.role_change"]');
      await row.first().waitFor(SLOW);
      expect(await row.first().innerText()).toContain('Fair and diligent in debate.');
      await expectAccessible(page);
      // The same filter as CSV.
      const csv = await page.request.get(
        `${suite.web.url}/admin/audit/export?target=citizen_boris`,
      );
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toMatch(/text\/csv/);
      const text = await csv.text();
      expect(text.split('\n')[0]).toBe(
        'created_at,actor,action,target_type,target_id,before,after,request_id',
      );
      expect(text).toContain('user.role_change');
      await nadia.close();
    },
    JOURNEY,
  );

  it(
    'a superadmin bans a citizen with a reason',
    async () => {
      const nadia = await suite.contextAs('superadmin_nadia');
      const page = await nadia.newPage();
      await page.goto(`${suite.web.url}/admin/citizens/citizen_vera`);
      const actions = page.getByTestId('citizen-actions');
      await actions.waitFor(SLOW);
      await actions
        .getByLabel('Reason for the record')
        .fill('Repeated sedition in the tram queue.');
      await actions.getByRole('button', { name: 'Ban' }).click();
      const confirm = actions.getByTestId('confirm-action');
      expect(await confirm.innerText()).toMatch(/Ban citizen_vera\?/);
      await confirm.getByRole('button', { name: 'Confirm' }).click();
      await expect
        .poll(() => page.getByTestId('citizen-standing').innerText(), SLOW)
        .toBe('banned');
      expect(await page.getByTestId('ban-reason').textContent()).toContain(
        'Repeated sedition in the tram queue.',
      );
      const vera = await suite.database.db.user.findUniqueOrThrow({
        where: { username: 'citizen_vera' },
        select: { bannedAt: true, banReason: true },
      });
      expect(vera.bannedAt).not.toBeNull();
      expect(
        await suite.database.db.auditLog.count({
          where: { action: 'user.ban', after: { path: ['reason'], equals: vera.banReason! } },
        }),
      ).toBe(1);
      await nadia.close();
    },
    JOURNEY,
  );

  it(
    'a moderator releases a held statement and sees the Overlord judge it',
    async () => {
      const olga = await suite.contextAs('moderator_olga');
      const page = await olga.newPage();
      await page.goto(`${suite.web.url}/moderation/held`);
      const item = page.locator(`[data-testid="held-item"][data-held-id="${heldId}"]`);
      await item.waitFor(SLOW);
      expect(await item.getByTestId('held-reason').textContent()).toMatch(/timed out/);
      await expectAccessible(page);
      await item.getByLabel('Note for the record').fill('The screen timed out; the text is sound.');
      await item.getByRole('button', { name: 'Release to the queue' }).click();
      await item.waitFor({ state: 'detached', ...SLOW });

      // On its topic page, in its place, judged by the Overlord.
      await page.goto(`${suite.web.url}/topics/${nuclear}`);
      const card = page.locator(`[data-testid="post"][data-post-id="${heldId}"]`);
      await card.waitFor(SLOW);
      await expect.poll(() => card.getAttribute('data-status'), SLOW).toBe('approved');
      expect(
        await suite.database.db.auditLog.count({
          where: { action: 'held.release', targetId: heldId },
        }),
      ).toBe(1);
      await olga.close();
    },
    JOURNEY,
  );

  it(
    'a superadmin sets the top share, a spend cap, the loyalty weights and a badge threshold',
    async () => {
      const nadia = await suite.contextAs('superadmin_nadia');
      const page = await nadia.newPage();
      await page.goto(`${suite.web.url}/admin/settings`);
      const share = page.getByTestId('setting-top_share_percent');
      await share.waitFor(SLOW);
      await expectAccessible(page);

      // A share of 0 is refused in words, under the field, before anything is sent.
      const percent = share.getByLabel('Percent of citizens, by rank, who may propose topics');
      await percent.fill('0');
      await share.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(() => share.innerText())
        .toMatch(/At least 1%: someone must be able to propose topics\./);
      expect(await percent.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page);
      await percent.fill('50');
      await share.getByRole('button', { name: 'Save' }).click();
      await share.getByTestId('setting-saved').waitFor(SLOW);
      await expect
        .poll(() => page.getByTestId('top-share').textContent(), SLOW)
        .toMatch(/top 50% of the leaderboard/);
      // The leaderboard draws its line with the share in force: half of six citizens.
      const board = await nadia.newPage();
      await board.goto(`${suite.web.url}/leaderboard`);
      await expect.poll(() => board.getByTestId('cutoff-rank').textContent(), SLOW).toBe('3');
      expect(await board.locator('main').textContent()).toMatch(/Top half: places/);
      await board.close();

      // $3 is spent today: a $2 cap stops every model call, so it asks first.
      const spend = page.getByTestId('setting-model_spend_cap_usd_per_day');
      await spend.getByLabel('US dollars per day (UTC)').fill('2');
      await spend.getByRole('button', { name: 'Save' }).click();
      const confirm = spend.getByTestId('confirm-setting');
      await confirm.waitFor(SLOW);
      expect(await confirm.innerText()).toMatch(/\$3\.00\) has already reached \$2\.00/);
      await expectAccessible(page);
      await confirm.getByRole('button', { name: 'Confirm' }).click();
      await spend.getByTestId('setting-saved').waitFor(SLOW);
      await expect
        .poll(() => page.getByTestId('spend-cap').textContent(), SLOW)
        .toMatch(/At most \$2\.00 per day \(UTC\)/);
      await spend.getByRole('button', { name: 'Remove the cap' }).click();
      await expect
        .poll(() => page.getByTestId('spend-cap').textContent(), SLOW)
        .toMatch(/No daily spend cap/);

      // A weight of the wrong sign is named under its field; the right one is stored.
      const weights = page.getByTestId('setting-loyalty_weights');
      const approved = weights.getByLabel('Statement approved', { exact: true });
      await approved.fill('-2');
      await weights.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(() => weights.innerText())
        .toMatch(/An approval cannot cost loyalty \(0 at least\)\./);
      expect(await approved.getAttribute('aria-invalid')).toBe('true');
      await approved.fill('3');
      await weights.getByRole('button', { name: 'Save' }).click();
      await weights.getByTestId('setting-saved').waitFor(SLOW);
      const stored = await suite.database.db.platformSetting.findUniqueOrThrow({
        where: { key: 'loyalty_weights' },
      });
      expect(stored.value).toMatchObject({ post_approved: 3, post_rejected: -1 });

      const badges = page.getByTestId('setting-badge_thresholds');
      await badges.getByLabel('Illogical: statements needed').fill('4');
      await badges.getByRole('button', { name: 'Save' }).click();
      await badges.getByTestId('setting-saved').waitFor(SLOW);
      await expectAccessible(page);
      expect(
        await suite.database.db.auditLog.count({
          where: {
            action: 'settings.update',
            targetId: {
              in: [
                'top_share_percent',
                'model_spend_cap_usd_per_day',
                'loyalty_weights',
                'badge_thresholds',
              ],
            },
          },
        }),
      ).toBe(5);

      // Back to the defaults.
      for (const id of ['setting-top_share_percent', 'setting-loyalty_weights']) {
        await page.getByTestId(id).getByRole('button', { name: 'Restore the default' }).click();
      }
      await expect
        .poll(() => page.getByTestId('top-share').textContent(), SLOW)
        .toMatch(/top 10% of the leaderboard/);
      await nadia.close();
    },
    JOURNEY,
  );
});
