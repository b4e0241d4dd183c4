// Browser smoke test in Debian's Chromium: the feed shows the seeded topics; a topic page shows
// its posts with their status, and a post submitted through the typed client appears in
// evaluation and then with the Overlord's verdict, without a reload.
//
// Sign-in end to end in Chromium: Google is stood in for by a local OIDC server
// (oauth2-mock-server); everything else is real (next-auth in `next start`, Postgres sessions,
// the api reading the same cookie, Redis cache). Also: the anonymous draft round trip, the
// Overlord's onboarding, refusal of unverified emails, and the development sign-in.
import { stableId } from '@overlord/db';
import { seed, seedTopics } from '@overlord/db/seed';
import { OAuth2Server } from 'oauth2-mock-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TEST_API_PORT, TEST_WEB_PORT } from '../setup/ports.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startTestStack, type TestStack } from '../helpers/stack.ts';
import {
  holdBrowserPorts,
  launchChromium,
  startWeb,
  type WebServer,
  WEB_ORIGIN,
  webEnv,
} from '../helpers/web.ts';

let database: TestDatabase;
let stack: TestStack;
let web: WebServer;
let browser: Browser;
let google: OAuth2Server;
let releasePorts: (() => Promise<void>) | undefined;
/** What the stand-in Google says about the next person who signs in. */
let nextProfile = { sub: 'g-1', email: 'winston@example.com', email_verified: true, name: 'W' };

const transit = stableId('topic:transit');
/** Whole sign-in journeys through a shared 2-core machine: generous, never asserted on. */
const JOURNEY_MS = 90_000;
const DRAFT =
  'Free fares help the poorest riders most, because the fare is a larger share of their income.';

beforeAll(async () => {
  releasePorts = await holdBrowserPorts();
  database = await createTestDatabase();
  await seed(database.db);
  google = new OAuth2Server();
  await google.issuer.keys.generate('RS256');
  await google.start(0, '127.0.0.1');
  google.service.on('beforeTokenSigning', (token) => {
    Object.assign(token.payload, nextProfile);
  });
  stack = await startTestStack({
    db: database.db,
    databaseUrl: database.url,
    apiPort: TEST_API_PORT,
    corsOrigins: [WEB_ORIGIN],
  });
  web = await startWeb({
    port: TEST_WEB_PORT,
    apiUrl: stack.apiUrl,
    env: webEnv(database.url, { googleIssuer: google.issuer.url!, devSignIn: true }),
  });
  browser = await launchChromium();
}, 660_000);

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await stack?.stop();
  await google?.stop();
  await database?.drop();
  await releasePorts?.();
});

/** An api call from inside the page, exactly as the web's client makes it (cookie included). */
function apiMe(page: Page) {
  return page.evaluate(async (apiUrl) => {
    const res = await fetch(`${apiUrl}/trpc/account.me`, { credentials: 'include' });
    const body = (await res.json()) as { result?: { data: { json: { username: string } } } };
    return { status: res.status, username: body.result?.data.json.username ?? null };
  }, stack.apiUrl);
}

describe('Google sign-in (local OIDC stand-in)', () => {
  it(
    'anonymous → draft → sign in → onboarding → draft intact → api as that user → sign out → anonymous',
    async () => {
      nextProfile = {
        sub: 'google-winston',
        email: 'winston@example.com',
        email_verified: true,
        name: 'Winston',
      };
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${web.url}/topics/${transit}`);
      await expect.poll(() => page.getByRole('link', { name: 'Sign in' }).count()).toBe(1);
      expect((await apiMe(page)).status).toBe(401);

      // Composed while anonymous; pressing submit goes to sign-in, nothing reaches a queue.
      const postsBefore = await database.db.post.count();
      await page.getByLabel('Your statement').fill(DRAFT);
      await page.getByRole('button', { name: 'Submit to the Overlord' }).click();
      await page.waitForURL(/\/sign-in\?callbackUrl=/);
      expect(await database.db.post.count()).toBe(postsBefore);

      await page.getByRole('button', { name: 'Sign in with Google' }).click();
      await page.waitForURL(/\/welcome\?next=/);
      const user = await database.db.user.findUniqueOrThrow({
        where: { email: 'winston@example.com' },
        select: { id: true, username: true, onboardedAt: true, emailVerified: true },
      });
      expect(user.onboardedAt).toBeNull();
      expect(user.emailVerified).not.toBeNull();
      expect(user.username).toMatch(/^[a-z]+_[a-z]+_\d{4}$/);

      // The Overlord's orientation: the four points, then stored as done.
      const onboarding = page.getByTestId('onboarding');
      for (const text of ['judged', 'tags', 'Approved or rejected', 'Appeals'])
        await expect.poll(() => onboarding.textContent()).toContain(text);
      await page.getByRole('button', { name: 'Understood. Proceed.' }).click();
      await page.waitForURL(new RegExp(`/topics/${transit}$`));
      expect(
        (await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).onboardedAt,
      ).not.toBeNull();

      // Back on the topic, signed in, with the draft intact and still unsent.
      await expect
        .poll(() => page.getByTestId('signed-in-as').innerText())
        .toContain(user.username);
      await expect.poll(() => page.getByLabel('Your statement').inputValue()).toBe(DRAFT);
      expect(await database.db.post.count({ where: { authorId: user.id } })).toBe(0);

      // The cookie: HttpOnly, SameSite=Lax, not Secure on local http, host-only locally.
      const cookie = (await context.cookies()).find((c) => c.name === 'overlord.session-token');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });

      // The api resolves the same session.
      expect(await apiMe(page)).toEqual({ status: 200, username: user.username });
      await page.getByRole('button', { name: 'Submit to the Overlord' }).click();
      await expect
        .poll(() => database.db.post.count({ where: { authorId: user.id, body: DRAFT } }))
        .toBe(1);

      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect.poll(() => page.getByRole('link', { name: 'Sign in' }).count()).toBe(1);
      expect(await database.db.session.count({ where: { userId: user.id } })).toBe(0);
      expect((await apiMe(page)).status).toBe(401);
      // The old cookie value, replayed straight at the api, is anonymous too.
      const replay = await stack
        .client({ cookie: `overlord.session-token=${cookie!.value}` })
        .account.me.query()
        .catch((e: { data?: { code?: string } }) => e.data?.code);
      expect(replay).toBe('UNAUTHORIZED');
      await context.close();
    },
    JOURNEY_MS,
  );

  it('refuses an unverified Google email and creates no account', async () => {
    nextProfile = {
      sub: 'google-unverified',
      email: 'unverified@example.com',
      email_verified: false,
      name: 'U',
    };
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${web.url}/sign-in`);
    await page.getByRole('button', { name: 'Sign in with Google' }).click();
    await page.waitForURL(/\/sign-in\?.*error=AccessDenied/);
    expect(await page.getByTestId('sign-in-error').innerText()).toMatch(/verified/);
    expect(await database.db.user.count({ where: { email: 'unverified@example.com' } })).toBe(0);
    expect(
      await database.db.account.count({ where: { providerAccountId: 'google-unverified' } }),
    ).toBe(0);
    await context.close();
  });
});

describe('development sign-in', () => {
  it('signs in as a seeded user through the same session the api reads', async () => {
    await database.db.user.update({
      where: { username: 'moderator_olga' },
      data: { onboardedAt: new Date() },
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${web.url}/sign-in`);
    await page.getByLabel('Act as').selectOption('moderator_olga');
    await page.getByRole('button', { name: 'Sign in as this user' }).click();
    await page.waitForURL(`${web.url}/`);
    await expect
      .poll(() => page.getByTestId('signed-in-as').innerText())
      .toContain('moderator_olga');
    expect(await apiMe(page)).toEqual({ status: 200, username: 'moderator_olga' });
    await context.close();
  });
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

    const { client: vera } = await stack.signIn('citizen_vera');
    const { id } = await vera.posts.submit.mutate({
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

/** On /sign-in: the development sign-in form, as the given seeded user. */
async function devSignIn(page: Page, username: string) {
  await page.getByLabel('Act as').selectOption(username);
  await page.getByRole('button', { name: 'Sign in as this user' }).click();
}

const TOPIC = {
  title: 'Should cities tax empty homes to ease the housing shortage?',
  description:
    'Some cities charge owners who leave homes empty, because vacant housing raises rents. Debate whether such a tax increases housing supply, with evidence.',
};

describe('proposing a topic', () => {
  it(
    'anonymous draft → sign in → onboarding → draft intact → submitted → in evaluation → approved',
    async () => {
      const olga = await database.db.user.update({
        where: { username: 'moderator_olga' },
        data: { onboardedAt: null },
      });
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(web.url);
      await page.getByRole('link', { name: 'Propose a topic' }).click();
      await page.waitForURL(`${web.url}/topics/new`);

      // The limits are checked in the browser before anything else happens.
      await page.getByLabel('Title', { exact: true }).fill('Short');
      await page.getByRole('button', { name: 'Submit proposal' }).click();
      await expect.poll(() => page.getByText('at least 8 characters').count()).toBe(1);
      expect(page.url()).toBe(`${web.url}/topics/new`);

      const topicsBefore = await database.db.topic.count();
      await page.getByLabel('Title', { exact: true }).fill(TOPIC.title);
      await page.getByLabel('Description', { exact: true }).fill(TOPIC.description);
      await page.getByRole('button', { name: 'Submit proposal' }).click();
      await page.waitForURL(/\/sign-in\?callbackUrl=%2Ftopics%2Fnew$/);
      expect(await database.db.topic.count()).toBe(topicsBefore);

      await devSignIn(page, 'moderator_olga');
      await page.waitForURL(/\/welcome\?next=/);
      await page.getByRole('button', { name: 'Understood. Proceed.' }).click();
      await page.waitForURL(`${web.url}/topics/new`);
      await expect
        .poll(() => page.getByTestId('signed-in-as').innerText())
        .toContain(olga.username);
      await expect
        .poll(() => page.getByLabel('Title', { exact: true }).inputValue())
        .toBe(TOPIC.title);
      expect(await page.getByLabel('Description', { exact: true }).inputValue()).toBe(
        TOPIC.description,
      );
      expect(await page.getByTestId('topic-notice').innerText()).toContain(
        'survived identification',
      );
      expect(await database.db.topic.count()).toBe(topicsBefore);

      await page.getByRole('button', { name: 'Submit proposal' }).click();
      const receipt = page.getByRole('complementary', { name: 'Overlord filing receipt' });
      await expect
        .poll(() => receipt.textContent())
        .toContain('In evaluation by the Topic Approval Bureau');
      const topic = await database.db.topic.findFirstOrThrow({
        where: { authorId: olga.id, title: TOPIC.title },
      });
      expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('');

      await receipt.getByRole('link', { name: 'View your topic' }).click();
      await page.waitForURL(`${web.url}/topics/${topic.id}`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TOPIC.title);
      // The page is public at once and stamped while undecided (the worker may already have
      // decided it by now: the stamp must then be gone, never left behind).
      const stamp = await page.getByText('In evaluation', { exact: true }).count();
      const { status } = await database.db.topic.findUniqueOrThrow({ where: { id: topic.id } });
      if (stamp === 1) expect(['pending', 'approved']).toContain(status);
      else expect({ stamp, status }).toEqual({ stamp: 0, status: 'approved' });

      // Public at once, marked in evaluation; the worker's Bureau then approves it.
      const onFeed = async () => {
        await page.goto(web.url);
        return page.locator(`[data-topic-id="${topic.id}"]`).getAttribute('data-status');
      };
      await expect.poll(onFeed, { timeout: 20_000 }).toBe('approved');
      await context.close();
    },
    JOURNEY_MS,
  );

  it('refuses a low-loyalty citizen in character and keeps the draft', async () => {
    const ada = await database.db.user.update({
      where: { username: 'citizen_ada' },
      data: { loyaltyScore: 0, onboardedAt: new Date() },
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${web.url}/sign-in?callbackUrl=%2Ftopics%2Fnew`);
    await devSignIn(page, 'citizen_ada');
    await page.waitForURL(`${web.url}/topics/new`);

    await page.getByLabel('Title', { exact: true }).fill(TOPIC.title);
    await page.getByLabel('Description', { exact: true }).fill(TOPIC.description);
    const refusal = page.getByRole('complementary', { name: 'Overlord refusal' });
    expect(await refusal.count()).toBe(0);
    await page.getByRole('button', { name: 'Submit proposal' }).click();
    await expect
      .poll(() => refusal.textContent())
      .toContain(
        'Topic creation is reserved for the most loyal tenth of citizens and for officials.',
      );
    expect(await refusal.textContent()).toContain(
      'Raise your loyalty by making approved statements',
    );
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(TOPIC.title);
    expect(await page.getByLabel('Description', { exact: true }).inputValue()).toBe(
      TOPIC.description,
    );
    expect(await database.db.topic.count({ where: { authorId: ada.id } })).toBe(0);

    // Kept in the browser, too: a reload brings it back.
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Title', { exact: true }).inputValue())
      .toBe(TOPIC.title);
    await context.close();
  });
});

describe('username change', () => {
  it('lets a citizen change the generated name once, then refuses a second change', async () => {
    nextProfile = {
      sub: 'google-renamer',
      email: 'renamer@example.com',
      email_verified: true,
      name: 'R',
    };
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${web.url}/account`);
    await page.waitForURL(/\/sign-in\?callbackUrl=%2Faccount$/);
    await page.getByRole('button', { name: 'Sign in with Google' }).click();
    await page.waitForURL(/\/welcome\?next=/);
    await page.getByRole('button', { name: 'Understood. Proceed.' }).click();
    await page.waitForURL(`${web.url}/account`);
    const user = await database.db.user.findUniqueOrThrow({
      where: { email: 'renamer@example.com' },
    });
    expect(await page.getByTestId('current-username').innerText()).toBe(user.username);

    const field = page.getByLabel('New username');
    const submit = page.getByRole('button', { name: 'Change username' });
    // The rule, checked in the browser; then the api's uniqueness refusal.
    await field.fill('9lives');
    await submit.click();
    await expect.poll(() => page.getByText('A username starts with a letter.').count()).toBe(1);
    await field.fill('citizen_ada');
    await submit.click();
    await expect
      .poll(() => page.getByText('That name already belongs to another citizen.').count())
      .toBe(1);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).username).toBe(
      user.username,
    );

    await field.fill('renamed_winston');
    await submit.click();
    await expect
      .poll(() => page.getByTestId('username-outcome').innerText())
      .toContain('new name: renamed_winston');
    await expect
      .poll(() => page.getByTestId('signed-in-as').innerText())
      .toContain('renamed_winston');
    await expect
      .poll(() => page.getByTestId('current-username').innerText())
      .toBe('renamed_winston');

    await field.fill('renamed_again');
    await submit.click();
    const refusal = page.getByRole('complementary', { name: 'Overlord refusal' });
    await expect.poll(() => refusal.textContent()).toContain('already changed your name once');
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).username).toBe(
      'renamed_winston',
    );
    await context.close();
  });
});
