// bench:read's baseline: the statements the api sends for `topics.list` and `posts.byTopic`,
// replayed through a bare `pg` pool behind Node's own HTTP server, rows written out as JSON.
// What the api adds on top (tRPC, zod, superjson, Prisma, auth context, headers) is the
// difference between the two. Started as a child process, like the api, so both get a process
// of their own. Reads its settings from the environment:
//   DATABASE_URL, PORT, POOL_SIZE, and READ_STATEMENTS: a JSON object route -> [{ text, values }].
import { createServer } from 'node:http';

import pg from 'pg';

interface Statement {
  text: string;
  values: unknown[];
}

const env = process.env;
const statements = JSON.parse(env.READ_STATEMENTS ?? '{}') as Record<string, Statement[]>;
const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: Number(env.POOL_SIZE ?? 20) });

const server = createServer((req, res) => {
  const route = (req.url ?? '/').split('?')[0]!;
  if (route === '/healthz') {
    res.writeHead(200).end('ok');
    return;
  }
  const sequence = statements[route];
  if (!sequence) {
    res.writeHead(404).end();
    return;
  }
  void (async () => {
    // The api runs a procedure's statements on one pooled client each, one after another.
    const results: unknown[][] = [];
    for (const s of sequence) results.push((await pool.query(s.text, s.values)).rows);
    const body = JSON.stringify(results);
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  })().catch((error: Error) => {
    res.writeHead(500).end(error.message);
  });
});

server.listen(Number(env.PORT), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
