// Private messages in Chromium: a signed-out visitor is asked to identify; citizen A writes to
// citizen B from the correspondence pages, watches the message leave the tube approved without
// a reload, and B finds it delivered in their own thread.
import { seed } from '@overlord/db/seed';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TEST_API_PORT, TEST_WEB_PORT } from '../setup/ports.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startTestStack, type TestStack } from '../helpers/stack.ts';
import { launchChromium, startWeb, type WebServer, WEB_ORIGIN, webEnv } from '../helpers/web.ts';

let database: TestDatabase;
let stack: TestStack;
let web: WebServer;
let browser: Browser;

const MESSAGE =
  'Boris, frequent buses matter more than free fares, because riders choose transit when the wait is short.';

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  stack = await startTestStack({
    db: database.db,
    databaseUrl: database.url,
    apiPort: TEST_API_PORT,
    corsOrigins: [WEB_ORIGIN],
  });
  web = await startWeb({
    port: TEST_WEB_PORT,
    apiUrl: stack.apiUrl,
    env: webEnv(database.url, { devSignIn: true }),
  });
  browser = await launchChromium();
  // Both have been through the Overlord's orientation already.
  await database.db.user.updateMany({
    where: { username: { in: ['citizen_vera', 'citizen_boris'] } },
    data: { onboardedAt: new Date() },
  });
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await stack?.stop();
  await database?.drop();
});

/** From the correspondence page's sign-in prompt, through the development sign-in, and back. */
async function signInFromMessages(page: Page, username: string) {
  await page.goto(`${web.url}/messages`);
  await page.getByRole('link', { name: 'Sign in to read your messages' }).click();
  await page.waitForURL(/\/sign-in\?callbackUrl=%2Fmessages$/);
  await page.getByLabel('Act as').selectOption(username);
  await page.getByRole('button', { name: 'Sign in as this user' }).click();
  await page.waitForURL(`${web.url}/messages`);
  await expect.poll(() => page.getByTestId('signed-in-as').innerText()).toContain(username);
}

describe('private messages in the browser', () => {
  it('asks a signed-out visitor to sign in and shows nothing else', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${web.url}/messages/citizen_boris`);
    expect(response?.status()).toBe(200);
    expect(await page.getByTestId('sign-in-prompt').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Transmit message' }).count()).toBe(0);
    await page.close();
  });

  it('A sends to B and sees it approved; B finds it delivered in their thread', async () => {
    const a = await browser.newContext();
    const pageA = await a.newPage();
    await signInFromMessages(pageA, 'citizen_vera');
    await pageA.getByLabel('Citizen to write to').fill('citizen_boris');
    await pageA.getByRole('button', { name: 'Open correspondence' }).click();
    await pageA.waitForURL(`${web.url}/messages/citizen_boris`);

    await pageA.getByLabel('Your message').fill(MESSAGE);
    await pageA.getByRole('button', { name: 'Transmit message' }).click();
    const receipt = pageA.getByRole('complementary', { name: 'Overlord dispatch receipt' });
    await expect.poll(() => receipt.count()).toBe(1);
    const sent = await database.db.privateMessage.findFirstOrThrow({
      where: { body: MESSAGE },
      select: { id: true },
    });
    const card = pageA.locator(`[data-message-id="${sent.id}"]`);
    await card.waitFor({ timeout: 10_000 });
    // Refreshed in place until the Overlord decides: no reload.
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 10_000 }).toBe('approved');
    await expect.poll(() => card.textContent()).toContain('Delivered');
    await a.close();

    const b = await browser.newContext();
    const pageB = await b.newPage();
    await signInFromMessages(pageB, 'citizen_boris');
    const conversation = pageB.getByTestId('conversation').filter({ hasText: '@citizen_vera' });
    await expect.poll(() => conversation.count()).toBe(1);
    await conversation.getByRole('link', { name: '@citizen_vera' }).click();
    await pageB.waitForURL(`${web.url}/messages/citizen_vera`);
    const received = pageB.locator(`[data-message-id="${sent.id}"]`);
    await received.waitFor();
    expect(await received.getAttribute('data-status')).toBe('approved');
    expect(await received.textContent()).toContain(MESSAGE);
    // The Overlord's verdict on it is the sender's business alone.
    expect(await received.getByRole('complementary').count()).toBe(0);
    await b.close();
  });
});
