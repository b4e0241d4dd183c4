// Ask the Overlord acts (docs/product.md §23) in Chromium, against the real api, worker, Postgres,
// Redis and `next start`, offline (intent parsing): a citizen appeals a rejected statement from the
// chat through an explicit confirmation step, and the appeal is on the moderators' docket; a
// moderator decides it from the chat, and the outcome reaches the citizen's open page live; a
// citizen asks for similar voices on a topic and gets links to citizens. Every step passes axe.
import AxeBuilder from '@axe-core/playwright';
import { stableId } from '@overlord/db';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type BrowserSuite, startBrowserSuite } from '../helpers/browser-suite.ts';

let suite: BrowserSuite;
const SLOW = { timeout: 30_000 };
const JOURNEY_MS = 150_000;
const nuclear = stableId('topic:nuclear');
// Citizens of this file's own: the question limit is counted per citizen in the shared Redis.
const CITIZEN = 'citizen_petra';
const MODERATOR = 'moderator_mira';
const BURIED = 'Only a fool would trust a reactor near a city, and you are all fools.';
const PLEA = 'the safety concern about cities is real, only the words were sharp';

beforeAll(async () => {
  suite = await startBrowserSuite({
    prepare: async (db) => {
      const petra = await db.user.create({
        data: { username: CITIZEN, email: 'petra@example.com', onboardedAt: new Date() },
        select: { id: true },
      });
      await db.user.create({
        data: {
          username: MODERATOR,
          email: 'mira@example.com',
          role: 'moderator',
          onboardedAt: new Date(),
        },
      });
      await db.post.create({
        data: {
          topicId: nuclear,
          authorId: petra.id,
          body: BURIED,
          status: 'rejected',
          rejectionReason: 'poor_tone',
          feedback: 'Citizen, "you are all fools" attacks people, not arguments.',
          decidedAt: new Date(),
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

/** Asks on the open /ask page and waits for the whole answer; returns its locator. */
async function ask(page: Page, question: string) {
  const answers = page.locator('[data-testid="chat-answer"][data-done="true"]');
  const before = await answers.count();
  await page.getByLabel('Your question').fill(question);
  await page.getByRole('button', { name: 'Ask' }).click();
  await expect.poll(() => answers.count(), SLOW).toBe(before + 1);
  return answers.last();
}

describe('Ask the Overlord acts', () => {
  it(
    'a citizen appeals from the chat; a moderator decides it from the chat; the citizen sees it live',
    async () => {
      const citizen = await suite.contextAs(CITIZEN);
      const chat = await citizen.newPage();
      await chat.goto(`${suite.web.url}/ask`);
      const answer = await ask(
        chat,
        `Appeal my rejected statement about trusting a reactor because ${PLEA}`,
      );
      const proposal = answer.getByRole('region', { name: 'Proposed action: confirm or cancel' });
      await proposal.waitFor(SLOW);
      expect(await proposal.innerText()).toContain(BURIED);
      await expectAccessible(chat);
      // Nothing is filed before the confirmation.
      expect(await suite.database.db.appeal.count()).toBe(0);
      await proposal.getByRole('button', { name: 'Confirm' }).click();
      const status = proposal.getByRole('status');
      await expect.poll(() => status.innerText(), SLOW).toContain('Your appeal is filed');
      expect(await proposal.getByRole('button', { name: 'Confirm' }).count()).toBe(0);
      await expectAccessible(chat);

      // The citizen keeps their dispatches open while the Ministry deliberates.
      const dispatches = await citizen.newPage();
      await dispatches.goto(`${suite.web.url}/notifications`);
      await dispatches.getByTestId('notifications').waitFor(SLOW);
      const decided = dispatches.locator(
        '[data-testid="notification"][data-kind="appeal.sustained"]',
      );
      expect(await decided.count()).toBe(0);

      // On the moderators' docket, as any appeal filed from the Graveyard.
      const moderator = await suite.contextAs(MODERATOR);
      const docket = await moderator.newPage();
      await docket.goto(`${suite.web.url}/moderation/appeals`);
      await docket.locator('[data-testid="appeal-case"]').filter({ hasText: PLEA }).waitFor(SLOW);

      // Decided from the moderator's chat, after the confirmation.
      const modChat = await moderator.newPage();
      await modChat.goto(`${suite.web.url}/ask`);
      const list = await ask(modChat, 'show my docket');
      expect(await list.innerText()).toContain(`from ${CITIZEN}`);
      const verdict = await ask(
        modChat,
        `approve appeal from ${CITIZEN}: a fair safety point, sharply put`,
      );
      const decide = verdict.getByRole('region', { name: 'Proposed action: confirm or cancel' });
      expect(await decide.innerText()).toContain(`Sustain the appeal of ${CITIZEN}`);
      await expectAccessible(modChat);
      await decide.getByRole('button', { name: 'Confirm' }).click();
      await expect
        .poll(() => decide.getByRole('status').innerText(), SLOW)
        .toContain('The appeal is decided');

      // The citizen's open page hears of it without a reload.
      await decided.waitFor(SLOW);
      expect(await decided.innerText()).toContain('a fair safety point, sharply put');
      await expectAccessible(dispatches);
      const post = await suite.database.db.post.findFirstOrThrow({
        where: { body: BURIED },
        select: { status: true },
      });
      expect(post.status).toBe('approved');
      await moderator.close();
      await citizen.close();
    },
    JOURNEY_MS,
  );

  it(
    'a citizen asks for similar voices on a topic and gets links to citizens',
    async () => {
      // The worker embeds the seeded public content at start-up.
      await expect
        .poll(
          () =>
            suite.database.db.contentEmbedding.count({
              where: { contentKind: 'post', contentId: stableId('post:nuclear-1') },
            }),
          SLOW,
        )
        .toBe(1);
      const citizen = await suite.contextAs(CITIZEN);
      const chat = await citizen.newPage();
      await chat.goto(`${suite.web.url}/ask`);
      const answer = await ask(chat, 'Who argued like me on nuclear power replacing coal?');
      expect(await answer.getByTestId('chat-proposal').count()).toBe(0);
      const link = answer.locator('a[href="/citizens/citizen_vera"]');
      await link.first().waitFor(SLOW);
      expect(await answer.innerText()).toContain('similar voices by meaning only');
      await expectAccessible(chat);
      await link.first().click();
      await chat.waitForURL(`${suite.web.url}/citizens/citizen_vera`, SLOW);
      await citizen.close();
    },
    JOURNEY_MS,
  );
});
