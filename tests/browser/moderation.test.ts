// Appeals and reports in Chromium. A citizen petitions against a rejected statement from their
// Graveyard; a moderator sustains it from the appeals docket; the statement leaves the Graveyard
// and stands in its topic. A citizen reports a statement from its topic page; a moderator
// sustains the report and the statement is gone from the topic. A moderator freezes a citizen
// from their profile, the citizen reads why on their account page, an admin lifts it. The
// dockets are sealed (403) to citizens. The appellant reads the outcome among their dispatches.
// Every page here passes axe-core.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type BrowserSuite, startBrowserSuite } from '../helpers/browser-suite.ts';

let suite: BrowserSuite;
const SLOW = { timeout: 30_000 };
const PLEA = 'The statement argues about cost with a source; the tone was sharp, not abusive.';

beforeAll(async () => {
  suite = await startBrowserSuite();
}, 660_000);

afterAll(async () => {
  await suite?.stop();
});

const contextAs = (username: string) => suite.contextAs(username);

/** No serious or critical axe-core violation inside <main>. */
async function expectAccessible(page: Page) {
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id),
  ).toEqual([]);
}

describe('appeals and reports in the browser', () => {
  it('petition from the Graveyard, sustained from the docket, restored to its topic', async () => {
    const boris = await contextAs('citizen_boris');
    const graveyard = await boris.newPage();
    await graveyard.goto(`${suite.web.url}/graveyard`);
    const item = graveyard.locator('[data-testid="graveyard-item"][data-kind="post"]').first();
    await item.waitFor(SLOW);
    const postId = (await item.getAttribute('data-item-id'))!;
    const mine = graveyard.locator(`[data-testid="graveyard-item"][data-item-id="${postId}"]`);

    await mine.getByRole('button', { name: /Petition the Central Committee/ }).click();
    // Too short a plea is refused in place, with the reason.
    await mine.getByLabel('Your plea').fill('Unfair.');
    await mine.getByRole('button', { name: 'File appeal' }).click();
    await expect
      .poll(() => mine.locator('[id$="-error"]').innerText())
      .toMatch(/at least a sentence/);
    await mine.getByLabel('Your plea').fill(PLEA);
    await mine.getByRole('button', { name: 'File appeal' }).click();
    await mine.locator('[data-testid="appeal-status"][data-status="pending"]').waitFor(SLOW);
    expect(await mine.getByRole('button', { name: /Petition/ }).count()).toBe(0);

    // A citizen cannot open the docket.
    const peek = await boris.newPage();
    expect((await peek.goto(`${suite.web.url}/moderation/appeals`))?.status()).toBe(403);
    await boris.close();

    const olga = await contextAs('moderator_olga');
    const docket = await olga.newPage();
    await docket.goto(`${suite.web.url}/moderation/appeals`);
    const nav = docket.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Docket' }).count()).toBe(1);
    const kase = docket.locator('[data-testid="appeal-case"]').filter({ hasText: PLEA });
    await kase.waitFor(SLOW);
    expect(
      await kase.getByRole('complementary', { name: 'Overlord rejection feedback' }).count(),
    ).toBe(1);
    await expectAccessible(docket);

    await kase.getByLabel('Note for the record').fill('Sharp, but an argument. Restored.');
    await kase.getByRole('button', { name: 'Sustain: publish it' }).click();
    await kase.waitFor({ state: 'detached', ...SLOW });
    await olga.close();

    // Restored: out of the Graveyard, standing in its topic with the Ministry's note.
    const stored = await suite.database.db.post.findUniqueOrThrow({
      where: { id: postId },
      select: { status: true, topicId: true },
    });
    expect(stored.status).toBe('approved');
    const anyone = await suite.browser.newPage();
    await anyone.goto(`${suite.web.url}/topics/${stored.topicId}`);
    const restored = anyone.locator(`[data-testid="post"][data-post-id="${postId}"]`);
    await restored.waitFor(SLOW);
    expect(await restored.innerText()).toContain('Restored on appeal');
    await anyone.close();
  });

  it('report from the topic page, sustained from the docket, gone from the topic', async () => {
    const target = await suite.database.db.post.findFirstOrThrow({
      where: {
        status: 'approved',
        hiddenAt: null,
        author: { username: { notIn: ['citizen_vera', 'moderator_olga'] } },
      },
      select: { id: true, topicId: true },
    });
    const topicPath = `${suite.web.url}/topics/${target.topicId}`;
    const vera = await contextAs('citizen_vera');
    const topic = await vera.newPage();
    await topic.goto(topicPath);
    const card = topic.locator(`[data-testid="post"][data-post-id="${target.id}"]`);
    await card.waitFor(SLOW);
    await card.getByRole('button', { name: /Report treason/ }).click();
    await card
      .getByLabel('What is wrong with it?')
      .fill('It quotes a figure that the cited report never gives.');
    await card.getByRole('button', { name: 'File report' }).click();
    await card.getByTestId('report-filed').waitFor(SLOW);
    // Her own statements carry no such button.
    const own = topic.locator('[data-testid="post"]').filter({ hasText: '@citizen_vera' });
    for (const ownCard of await own.all())
      expect(await ownCard.getByRole('button', { name: /Report treason/ }).count()).toBe(0);
    expect((await (await vera.newPage()).goto(`${suite.web.url}/moderation/flags`))?.status()).toBe(
      403,
    );
    await vera.close();

    const olga = await contextAs('moderator_olga');
    const docket = await olga.newPage();
    await docket.goto(`${suite.web.url}/moderation/flags`);
    const kase = docket.locator('[data-testid="flag-case"]').filter({ hasText: 'never gives' });
    await kase.waitFor(SLOW);
    await expectAccessible(docket);
    await kase.getByLabel('Note for the record').fill('Misquoted source. Hidden.');
    await kase.getByRole('button', { name: 'Sustain: hide it' }).click();
    await kase.waitFor({ state: 'detached', ...SLOW });
    await olga.close();

    const anyone = await suite.browser.newPage();
    await anyone.goto(topicPath);
    await anyone.getByTestId('tally').waitFor(SLOW);
    expect(await anyone.locator(`[data-testid="post"][data-post-id="${target.id}"]`).count()).toBe(
      0,
    );
    await anyone.close();
  });

  it('a moderator freezes a citizen from the profile, the citizen is told, an admin lifts it', async () => {
    const olga = await contextAs('moderator_olga');
    const profile = await olga.newPage();
    await profile.goto(`${suite.web.url}/citizens/citizen_boris`);
    const panel = profile.getByTestId('sanctions');
    await panel.waitFor(SLOW);
    await panel.getByLabel('Posting freeze').check();
    await panel.getByLabel(/Duration in hours/).fill('2');
    await panel.getByLabel(/Reason/).fill('Shouting in the transit debate.');
    await panel.getByRole('button', { name: 'Impose sanction' }).click();
    const active = panel.locator('[data-testid="sanction"][data-active="true"]');
    await active.waitFor(SLOW);
    expect(await active.innerText()).toContain('Posting freeze');
    // A moderator cannot lift it.
    expect(await panel.getByRole('button', { name: 'Lift this sanction' }).count()).toBe(0);
    await expectAccessible(profile);
    await olga.close();

    const boris = await contextAs('citizen_boris');
    const account = await boris.newPage();
    await account.goto(`${suite.web.url}/account`);
    await expect
      .poll(() => account.getByRole('main').innerText(), SLOW)
      .toMatch(/your speech is frozen until .*Shouting in the transit debate/s);
    // No sanctions panel on one's own file, nor for a peer.
    await account.goto(`${suite.web.url}/citizens/citizen_vera`);
    await account.getByTestId('activity').waitFor(SLOW);
    expect(await account.getByTestId('sanctions').count()).toBe(0);
    await boris.close();

    const ivan = await contextAs('admin_ivan');
    const file = await ivan.newPage();
    await file.goto(`${suite.web.url}/citizens/citizen_boris`);
    await file.getByRole('button', { name: 'Lift this sanction' }).click();
    await file
      .getByTestId('sanctions')
      .locator('[data-testid="sanction"][data-active="false"]')
      .first()
      .waitFor(SLOW);
    expect(
      await file
        .getByTestId('sanctions')
        .locator('[data-testid="sanction"][data-active="true"]')
        .count(),
    ).toBe(0);
    await ivan.close();
  });

  it('brings the appellant a dispatch with the outcome; reading it clears the count', async () => {
    const boris = await contextAs('citizen_boris');
    const page = await boris.newPage();
    await page.goto(`${suite.web.url}/notifications`);
    const count = page.getByTestId('unread-count');
    expect(Number(await count.innerText().then((t) => t.replace(/\D/g, '')))).toBeGreaterThan(0);
    const outcome = page.locator('[data-testid="notification"][data-kind="appeal.sustained"]');
    expect(await outcome.innerText()).toContain('Your appeal was sustained');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await count.waitFor({ state: 'detached', ...SLOW });
    expect(await page.locator('[data-testid="notification"][data-read="false"]').count()).toBe(0);

    // Turning a kind off is one click on the account page, and it sticks.
    await page.goto(`${suite.web.url}/account`);
    const label = 'Outcomes of my appeals and reports, and reports against my words';
    const box = page.getByLabel(label);
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await page
      .getByTestId('dispatch-choices-state')
      .filter({ hasText: '5 of 6 kinds of dispatch on.' })
      .waitFor(SLOW);
    await page.reload();
    expect(await page.getByLabel(label).isChecked()).toBe(false);
    await boris.close();
  });

  it('lets an admin rename a tag from the tag register, sealed to moderators', async () => {
    const olga = await contextAs('moderator_olga');
    const docket = await olga.newPage();
    await docket.goto(`${suite.web.url}/moderation/appeals`);
    const tabs = docket.getByRole('navigation', { name: 'Dockets' });
    await tabs.waitFor(SLOW);
    expect(await tabs.getByRole('link', { name: 'Tags' }).count()).toBe(0);
    expect((await docket.goto(`${suite.web.url}/moderation/tags`))?.status()).toBe(403);
    await olga.close();

    const ivan = await contextAs('admin_ivan');
    const page = await ivan.newPage();
    await page.goto(`${suite.web.url}/moderation/appeals`);
    await page
      .getByRole('navigation', { name: 'Dockets' })
      .getByRole('link', { name: 'Tags' })
      .click();
    await page.waitForURL(`${suite.web.url}/moderation/tags`);
    const row = page.locator('[data-testid="tag-row"][data-slug="energy"]');
    await row.waitFor(SLOW);
    await expectAccessible(page);
    const rename = page.getByRole('form', { name: 'Rename a tag' });
    await rename.getByLabel('Tag to rename').selectOption('energy');
    await rename.getByLabel('New label').fill('Energy and power');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect.poll(() => row.innerText(), SLOW).toContain('Energy and power');
    await ivan.close();
  });
});
