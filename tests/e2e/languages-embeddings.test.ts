// docs/product.md §13 languages and §12 embeddings with an OpenAI-compatible provider (local
// server): translate before judging, store the translation once, embed approved content, re-embed
// after a provider change. And the offline behaviour: detected, kept, marked untranslated.
import { contentTexts, embedContent, textForJudgement } from '@overlord/core';
import { seed } from '@overlord/db/seed';
import { stableId } from '@overlord/db';
import { createOfflineOverlord } from '@overlord/overlord';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TRANSLATIONS } from '../../packages/overlord/test/vendors/brain.ts';
import { startOpenAiServer } from '../../packages/overlord/test/vendors/openai.ts';
import type { VendorServer } from '../../packages/overlord/test/vendors/server.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startTestStack, type TestStack, waitFor } from '../helpers/stack.ts';

let database: TestDatabase;
let stack: TestStack;
let vendor: VendorServer;
const housingPost = stableId('post:nuclear-1');
const spanish =
  'La energía nuclear reduce las emisiones porque los reactores no queman combustibles fósiles, según la agencia internacional.';
const english =
  'Nuclear power reduces emissions because reactors burn no fossil fuels, according to the international agency.';

const embeddingsOf = (id: string) =>
  database.db.contentEmbedding.findMany({
    where: { contentId: id },
    select: { model: true, dimensions: true },
  });

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  // Vectors from the previous (offline) embedder exist before the provider changes.
  await embedContent({ db: database.db, overlord: createOfflineOverlord() }, [
    { kind: 'post', id: housingPost },
  ]);
  TRANSLATIONS[spanish] = english;
  vendor = await startOpenAiServer();
  stack = await startTestStack({
    db: database.db,
    databaseUrl: database.url,
    overlordEnv: {
      OVERLORD_PROVIDER: 'openai-compatible',
      OPENAI_API_KEY: 'sk-local',
      OPENAI_BASE_URL: vendor.url,
      OPENAI_MODEL: 'local-judge',
      OPENAI_TRANSLATION_MODEL: 'local-translator',
      OPENAI_EMBEDDING_MODEL: 'text-embedding-3-small',
    },
  });
});

afterAll(async () => {
  await stack?.stop();
  await vendor?.close();
  await database?.drop();
});

describe('with an OpenAI-compatible provider', () => {
  it('re-embeds content of the previous embedding model at worker start', async () => {
    const rows = await waitFor(async () => {
      const r = await embeddingsOf(housingPost);
      return r.length === 1 && r[0]!.model === 'text-embedding-3-small' && r;
    }, 10_000);
    expect(rows).toEqual([{ model: 'text-embedding-3-small', dimensions: 512 }]);
  });

  it('translates a Spanish post, judges the English, stores both, and embeds it once approved', async () => {
    const { client } = await stack.signIn('citizen_vera');
    const submitted = await client.posts.submit.mutate({
      topicId: stableId('topic:nuclear'),
      body: spanish,
    });
    const status = await waitFor(async () => {
      const s = await client.posts.status.query({ id: submitted.id });
      return s.status !== 'pending' && s;
    }, 10_000);
    expect(status.status).toBe('approved');
    const judged = vendor
      .calls('/chat/completions')
      .find(
        (r) =>
          r.body.model === 'local-judge' && JSON.stringify(r.body).includes(english.slice(0, 30)),
      );
    expect(judged).toBeTruthy(); // the judge read the English

    const texts = await contentTexts(database.db, 'post', submitted.id);
    expect(texts).toEqual({
      original: spanish,
      language: 'spa',
      translations: [{ language: 'eng', text: english, provider: 'openai:local-translator' }],
    });
    const rows = await waitFor(async () => {
      const r = await embeddingsOf(submitted.id);
      return r.length > 0 && r;
    }, 10_000);
    expect(rows).toEqual([{ model: 'text-embedding-3-small', dimensions: 512 }]);
  });
});

describe('offline', () => {
  it('detects the language, keeps the text and marks it untranslated (no translation row)', async () => {
    const out = await textForJudgement(
      { db: database.db, overlord: createOfflineOverlord() },
      { kind: 'post', id: stableId('post:offline-es'), text: spanish },
    );
    expect(out).toEqual({ text: spanish, language: 'spa', translated: false });
    expect(
      await database.db.translation.count({ where: { contentId: stableId('post:offline-es') } }),
    ).toBe(0);
  });
});
