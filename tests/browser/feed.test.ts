// Browser smoke test in Debian's Chromium: the feed shows the seeded topics; a topic page shows
// its posts with their status, and a post submitted through the typed client appears in
// evaluation and then with the Overlord's verdict, without a reload.
import { seed, seedTopics } from '@overlord/db/seed';
import { stableId } from '@overlord/db';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TEST_API_PORT, TEST_WEB_PORT } from '../setup/ports.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startTestStack, type TestStack } from '../helpers/stack.ts';
import { launchChromium, startWeb, type WebServer } from '../helpers/web.ts';

let database: TestDatabase;
let stack: TestStack;
let web: WebServer;
let browser: Browser;

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  const webOrigin = `http://127.0.0.1:${TEST_WEB_PORT}`;
  stack = await startTestStack({
    db: database.db,
    databaseUrl: database.url,
    apiPort: TEST_API_PORT,
    corsOrigins: [webOrigin],
  });
  web = await startWeb({ port: TEST_WEB_PORT, apiUrl: stack.apiUrl });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await stack?.stop();
  await database?.drop();
});

describe('web app in Chromium', () => {
  it('shows the seeded topics on the feed', async () => {
    const page = await browser.newPage();
    const response = await page.goto(web.url);
    expect(response?.status()).toBe(200);
    const titles = await page.getByTestId('topic').allInnerTexts();
    for (const topic of seedTopics) expect(titles.join('\n')).toContain(topic.title);
    await page.close();
  });

  it('shows a topic with its posts and statuses, and a new post reaching its verdict live', async () => {
    const topicId = stableId('topic:transit');
    const page = await browser.newPage();
    await page.goto(`${web.url}/topics/${topicId}`);
    await expect.poll(() => page.getByTestId('post').count()).toBeGreaterThanOrEqual(1);
    const statuses = await page
      .getByTestId('post')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses).toContain('approved');

    const { id } = await stack.client().posts.submit.mutate({
      topicId,
      body: 'Free fares help the poorest riders most, because the fare is a larger share of their income, so taxes should fund buses.',
    });
    const post = page.locator(`[data-post-id="${id}"]`);
    await post.waitFor({ timeout: 10_000 });
    await expect.poll(() => post.getAttribute('data-status'), { timeout: 10_000 }).toBe('approved');
    await page.close();
  });

  it('answers an unknown topic with the not-found page', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${web.url}/topics/${stableId('topic:missing')}`);
    expect(response?.status()).toBe(404);
    await page.close();
  });
});
