// Private messages in Chromium: a signed-out visitor is asked to identify; citizen A writes to
// citizen B from the correspondence pages, watches the message leave the tube approved without
// a reload, and B finds it delivered in their own thread.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type BrowserSuite, startBrowserSuite } from '../helpers/browser-suite.ts';

let suite: BrowserSuite;

const MESSAGE =
  'Boris, frequent buses matter more than free fares, because riders choose transit when the wait is short.';

beforeAll(async () => {
  suite = await startBrowserSuite({
    devSignIn: true,
    // Both have been through the Overlord's orientation already.
    prepare: (db) =>
      db.user
        .updateMany({
          where: { username: { in: ['citizen_vera', 'citizen_boris'] } },
          data: { onboardedAt: new Date() },
        })
        .then(() => {}),
  });
}, 660_000);

afterAll(async () => {
  await suite?.stop();
});

/** From the correspondence page's sign-in prompt, through the development sign-in, and back. */
async function signInFromMessages(page: Page, username: string) {
  await page.goto(`${suite.web.url}/messages`);
  await page.getByRole('link', { name: 'Sign in to read your messages' }).click();
  await page.waitForURL(/\/sign-in\?callbackUrl=%2Fmessages$/);
  await page.getByLabel('Act as').selectOption(username);
  await page.getByRole('button', { name: 'Sign in as this user' }).click();
  await page.waitForURL(`${suite.web.url}/messages`);
  await expect.poll(() => page.getByTestId('signed-in-as').innerText()).toContain(username);
}

describe('private messages in the browser', () => {
  it('asks a signed-out visitor to sign in and shows nothing else', async () => {
    const page = await suite.browser.newPage();
    const response = await page.goto(`${suite.web.url}/messages/citizen_boris`);
    expect(response?.status()).toBe(200);
    expect(await page.getByTestId('sign-in-prompt').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Transmit message' }).count()).toBe(0);
    await page.close();
  });

  it('A sends to B and sees it approved; B finds it delivered in their thread', async () => {
    const a = await suite.browser.newContext();
    const pageA = await a.newPage();
    await signInFromMessages(pageA, 'citizen_vera');
    await pageA.getByLabel('Citizen to write to').fill('citizen_boris');
    await pageA.getByRole('button', { name: 'Open correspondence' }).click();
    await pageA.waitForURL(`${suite.web.url}/messages/citizen_boris`);

    await pageA.getByLabel('Your message').fill(MESSAGE);
    await pageA.getByRole('button', { name: 'Transmit message' }).click();
    const receipt = pageA.getByRole('complementary', { name: 'Overlord dispatch receipt' });
    await expect.poll(() => receipt.count()).toBe(1);
    const sent = await suite.database.db.privateMessage.findFirstOrThrow({
      where: { body: MESSAGE },
      select: { id: true },
    });
    const card = pageA.locator(`[data-message-id="${sent.id}"]`);
    await card.waitFor({ timeout: 10_000 });
    // Refreshed in place until the Overlord decides: no reload.
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 10_000 }).toBe('approved');
    await expect.poll(() => card.textContent()).toContain('Delivered');
    await a.close();

    const b = await suite.browser.newContext();
    const pageB = await b.newPage();
    await signInFromMessages(pageB, 'citizen_boris');
    const conversation = pageB.getByTestId('conversation').filter({ hasText: '@citizen_vera' });
    await expect.poll(() => conversation.count()).toBe(1);
    await conversation.getByRole('link', { name: '@citizen_vera' }).click();
    await pageB.waitForURL(`${suite.web.url}/messages/citizen_vera`);
    const received = pageB.locator(`[data-message-id="${sent.id}"]`);
    await received.waitFor();
    expect(await received.getAttribute('data-status')).toBe('approved');
    expect(await received.textContent()).toContain(MESSAGE);
    // The Overlord's verdict on it is the sender's business alone.
    expect(await received.getByRole('complementary').count()).toBe(0);
    await b.close();
  });
});
