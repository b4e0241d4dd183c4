// Search (docs/product.md §12) through the real api: PostgreSQL's full-text search over topics
// and approved statements, grouped by topic, ranked, with highlighted snippets and cursor pages;
// stored English translations searched with the `english` configuration and other languages
// with `simple`; "related by meaning" from the embeddings; the feed's three orders; and EXPLAIN
// showing both statements use the GIN indexes.
import { embedContent, searchPageQuery, topicPageQuery } from '@overlord/core';
import { type Db, sqlPool, stableId } from '@overlord/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TestDatabase } from '../helpers/database.ts';
import { startSeededStack, type TestStack } from '../helpers/stack.ts';

let database: TestDatabase;
let stack: TestStack;
let api: ReturnType<TestStack['client']>;
const transit = stableId('topic:transit');
const nuclear = stableId('topic:nuclear');

async function citizenId(db: Db, username: string) {
  return (await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
}

async function approvedPost(db: Db, topicId: string, body: string, language = 'eng') {
  return db.post.create({
    data: {
      topicId,
      authorId: await citizenId(db, 'citizen_boris'),
      body,
      language,
      status: 'approved',
      decidedAt: new Date(),
    },
    select: { id: true },
  });
}

const matches = (segments: { text: string; match: boolean }[]) =>
  segments.filter((s) => s.match).map((s) => s.text.toLowerCase());

beforeAll(async () => {
  ({ database, stack } = await startSeededStack({ worker: false }));
  api = stack.client();
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

describe('search', () => {
  it('finds a word that appears only in a statement, highlighted in its snippet', async () => {
    const { results } = await api.search.query.query({ q: 'fare barrier' });
    expect(results.map((r) => r.topic.id)).toEqual([transit]);
    const [result] = results;
    expect(result!.description).toBeNull();
    expect(matches(result!.title)).toEqual([]);
    expect(result!.statementMatches).toBe(1);
    expect(result!.statements).toHaveLength(1);
    expect(result!.statements[0]!.author.username).toBe('citizen_ada');
    expect(matches(result!.statements[0]!.snippet)).toEqual(['fare', 'barrier']);
    expect(result!.statements[0]!.snippet.map((s) => s.text).join('')).toContain(
      'Free transit removes the fare barrier',
    );
  });

  it('stems English words and highlights a topic’s own text', async () => {
    const { results } = await api.search.query.query({ q: 'reactors' });
    expect(results[0]!.topic.id).toBe(nuclear);
    // "reactor" in the description, by its stem.
    expect(matches(results[0]!.description ?? [])).toContain('reactors');
  });

  it('never finds statements that are not approved', async () => {
    // In evaluation, rejected, returned for calibration: none of them is searched.
    for (const q of ['"waiting time"', 'idiot', '"next thing you know"']) {
      const { results } = await api.search.query.query({ q });
      expect(results, q).toEqual([]);
    }
    const hidden = await approvedPost(database.db, nuclear, 'Thorium breeders deserve a look.');
    expect((await api.search.query.query({ q: 'thorium' })).results).toHaveLength(1);
    await database.db.post.update({ where: { id: hidden.id }, data: { hiddenAt: new Date() } });
    expect((await api.search.query.query({ q: 'thorium' })).results).toEqual([]);
  });

  it('searches the stored English translation, and other languages as they are', async () => {
    const german = await approvedPost(
      database.db,
      transit,
      'Kostenlose Straßenbahnen entlasten die Innenstädte vom Autoverkehr.',
      'deu',
    );
    // Untranslated, German is indexed with `simple`: its own words are found, English is not.
    expect((await api.search.query.query({ q: 'Straßenbahnen' })).results).toHaveLength(1);
    expect((await api.search.query.query({ q: 'relieve' })).results).toEqual([]);
    // The translation, written where translations are written, is searched in English (stemmed).
    await database.db.translation.create({
      data: {
        contentKind: 'post',
        contentId: german.id,
        sourceLanguage: 'deu',
        targetLanguage: 'eng',
        text: 'Free trams relieve the city centres of car traffic.',
        provider: 'test',
      },
    });
    const found = await api.search.query.query({ q: 'relieving' });
    expect(found.results.map((r) => r.topic.id)).toEqual([transit]);
    expect((await api.search.query.query({ q: 'Straßenbahnen' })).results).toHaveLength(1);
  });

  it('pages results with a cursor, best match first, none repeated', async () => {
    const topics = [];
    for (let i = 0; i < 7; i++) {
      const topic = await database.db.topic.create({
        data: {
          title: `Zeppelin freight, part ${i}`,
          // More mentions rank higher: the order is known.
          description: `${'Zeppelin '.repeat(i + 1)}cargo routes across the continent.`,
          status: 'approved',
          isSystem: true,
        },
        select: { id: true },
      });
      topics.push(topic.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof api.search.query.query>> = await api.search.query.query(
        { q: 'zeppelin', limit: 3, cursor },
      );
      seen.push(...page.results.map((r) => r.topic.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...topics].reverse());
  });

  it('refuses a cursor it did not issue with a readable 400', async () => {
    await expect(
      api.search.query.query({ q: 'zeppelin', cursor: 'drop table' }),
    ).rejects.toMatchObject({ data: { code: 'BAD_REQUEST' } });
  });

  it('lists topics related by meaning below the keyword results', async () => {
    await embedContent(stack.deps, [
      { kind: 'topic', id: nuclear },
      { kind: 'topic', id: transit },
      { kind: 'topic', id: stableId('topic:four-day-week') },
    ]);
    const found = await api.search.query.query({ q: 'fare barrier' });
    expect(found.related.length).toBeGreaterThan(0);
    // Never a topic already among the keyword results.
    expect(found.related.map((r) => r.topicId)).not.toContain(transit);
    // Only on the first page.
    const next = await api.search.query.query({ q: 'zeppelin', limit: 1 });
    const second = await api.search.query.query({
      q: 'zeppelin',
      limit: 1,
      cursor: next.nextCursor,
    });
    expect(second.related).toEqual([]);
  });
});

describe('feed', () => {
  it('filters by keyword through topics and approved statements', async () => {
    const found = await api.topics.list.query({ q: 'fare barrier' });
    expect(found.items.map((t) => t.id)).toEqual([transit]);
  });

  it('orders by newest, most active and latest statement, with cursors', async () => {
    const newest = await api.topics.list.query({ limit: 50 });
    const submitted = newest.items.map((t) => t.submittedAt.getTime());
    expect(submitted).toEqual([...submitted].sort((a, b) => b - a));

    // A fresh statement puts the nuclear topic first by latest statement and by activity.
    for (let i = 0; i < 5; i++) await approvedPost(database.db, nuclear, `Active debate (${i}).`);
    const latest = await api.topics.list.query({ sort: 'latest', limit: 2 });
    expect(latest.items[0]!.id).toBe(nuclear);
    const active = await api.topics.list.query({ sort: 'active', limit: 2 });
    expect(active.items[0]!.id).toBe(nuclear);

    for (const sort of ['newest', 'active', 'latest'] as const) {
      const all = (await api.topics.list.query({ sort, limit: 50 })).items.map((t) => t.id);
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof api.topics.list.query>> = await api.topics.list.query(
          { sort, limit: 4, cursor },
        );
        paged.push(...page.items.map((t) => t.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(paged, sort).toEqual(all);
    }
  });
});

describe('indexes', () => {
  /**
   * The plan of a statement over a few thousand rows, added and rolled back in one transaction.
   * The seed alone holds a few dozen rows, where reading a whole table (or all approved posts
   * through the status index) is cheaper than any search index, and the planner rightly prefers
   * it. With filler rows that do not match, and sequential scans switched off for this
   * transaction only as a guard against a tie, the plan shows that the GIN indexes serve the
   * statement: the operator, and the partial index's `status = 'approved'`, must match, which
   * is what a careless edit of the SQL would break.
   */
  async function planOf(query: { text: string; values: unknown[] }): Promise<string> {
    const client = await sqlPool(database.db).connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO topics (id, title, description, status, is_system, updated_at)
         SELECT gen_random_uuid(), 'Municipal paperwork ' || i,
                'Forms, stamps and queues at the municipal office, case ' || i, 'approved', true, now()
           FROM generate_series(1, 1000) i`,
      );
      await client.query(
        `INSERT INTO posts (id, topic_id, author_id, body, status, decided_at, updated_at)
         SELECT gen_random_uuid(), $1::uuid, u.id,
                'The municipal office should stamp forms faster, case ' || i, 'approved', now(), now()
           FROM generate_series(1, 3000) i, users u WHERE u.username = 'citizen_boris'`,
        [nuclear],
      );
      // New rows wait in a GIN index's pending list until a vacuum merges them, and the planner
      // prices scanning that list; merge it now, as autovacuum would have.
      await client.query(
        `SELECT gin_clean_pending_list('topics_search_idx'), gin_clean_pending_list('posts_search_idx')`,
      );
      await client.query('ANALYZE topics');
      await client.query('ANALYZE posts');
      await client.query('SET LOCAL enable_seqscan = off');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN ${query.text}`,
        query.values,
      );
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  }

  it('search uses the GIN indexes of topics and statements', async () => {
    const plan = await planOf(searchPageQuery({ q: 'fare barrier', take: 11 }));
    expect(plan).toMatch(/Bitmap Index Scan on topics_search_idx/);
    expect(plan).toMatch(/Bitmap Index Scan on posts_search_idx/);
  });

  it('the feed’s keyword filter uses them too', async () => {
    const plan = await planOf(topicPageQuery({ take: 21, q: 'fare barrier' }));
    expect(plan).toMatch(/Bitmap Index Scan on topics_search_idx/);
    expect(plan).toMatch(/Bitmap Index Scan on posts_search_idx/);
  });
});
