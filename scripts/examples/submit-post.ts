// An outside program using the typed client: submits a statement to a topic and waits for the
// Overlord's verdict. With `npm run dev` running, sign in at http://localhost:3000/sign-in, copy
// the value of the `overlord.session-token` cookie, then:
//   OVERLORD_SESSION=<token> npx tsx scripts/examples/submit-post.ts "Your statement, because…"
import { createOverlordClient } from '@overlord/trpc/client';

const session = process.env.OVERLORD_SESSION;
if (!session)
  throw new Error('Set OVERLORD_SESSION to your session cookie value (see the comment above).');
const api = createOverlordClient({
  url: process.env.API_URL ?? 'http://localhost:4000',
  headers: () => ({ cookie: `overlord.session-token=${session}` }),
});
const body =
  process.argv[2] ??
  'Nuclear plants cut emissions because they burn no coal, and according to the IAEA their safety record is strong.';

const { items } = await api.topics.list.query({ limit: 50 });
const topic = items.find((t) => t.status === 'approved' && /nuclear/i.test(t.title)) ?? items[0];
if (!topic) throw new Error('No topics: is the dev stack seeded?');

const started = performance.now();
const submitted = await api.posts.submit.mutate({ topicId: topic.id, body });
console.log(`submitted ${submitted.id} to "${topic.title}": ${submitted.status}`);

let status = await api.posts.status.query({ id: submitted.id });
while (status.status === 'pending' && performance.now() - started < 30_000) {
  await new Promise((r) => setTimeout(r, 100));
  status = await api.posts.status.query({ id: submitted.id });
}
console.log(`verdict: ${status.status} after ${Math.round(performance.now() - started)} ms`);
console.log(`the Overlord says: ${status.feedback ?? '(nothing)'}`);
