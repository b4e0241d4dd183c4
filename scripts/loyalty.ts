// Rebuilds every citizen's loyalty score from their moderation events and reports differences
// (there should be none: scores move in the same transaction as their events).
//   npm run loyalty:rebuild            report only; exits 1 if any score differs
//   npm run loyalty:rebuild -- --repair  also set each differing score to its event sum
import { parseArgs } from 'node:util';

import { findScoreDifferences, repairScores } from '@overlord/core/leaderboard';
import { createDb } from '@overlord/db';

const { values } = parseArgs({ options: { repair: { type: 'boolean', default: false } } });
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required.');
  process.exit(1);
}
const db = createDb({ url, maxConnections: 2 });
try {
  const differences = await findScoreDifferences(db);
  for (const d of differences) {
    console.log(`${d.username}: stored ${d.stored}, events say ${d.fromEvents}`);
  }
  console.log(`${differences.length} score(s) differ from the event log.`);
  if (differences.length && values.repair) {
    console.log(`Repaired ${await repairScores(db)} score(s).`);
  } else if (differences.length) {
    process.exitCode = 1;
  }
} finally {
  await db.$disconnect();
}
