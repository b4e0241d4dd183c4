import { createDb } from '../client.ts';
import { seed } from '../seed.ts';
import { env } from './env.ts';

const db = createDb({ url: env.DATABASE_URL, maxConnections: 2 });
try {
  const s = await seed(db);
  console.log(`Seeded ${s.users} users, ${s.topics} topics, ${s.posts} posts (idempotent).`);
} finally {
  await db.$disconnect();
}
