// `npm run eval [-- --provider offline|anthropic|openai-compatible] [-- --split holdout|tuning|all]`:
// the labelled set against an Overlord built from the environment exactly as the apps build it
// (OVERLORD_PROVIDER and keys; offline by default), with --provider overriding OVERLORD_PROVIDER.
// Prints, per split, agreement, the confusion matrix, safety recall, per-verdict and per-category
// figures, latency percentiles, provider calls, failures and what the calls cost (configured
// prices, OVERLORD_MODEL_PRICES). Exits non-zero when a printed split
// misses the targets (agreement >= 85%, safety recall 100%).
import { parseArgs } from 'node:util';

import {
  createOverlord,
  formatCost,
  overlordConfigFromEnv,
  overlordEnvSchema,
  summariseCost,
} from '@overlord/overlord';
import { z } from 'zod';

import { cases } from '../packages/overlord/eval/cases/index.ts';
import { meetsTargets, report } from '../packages/overlord/eval/report.ts';
import { createCallLog, runCases } from '../packages/overlord/eval/run.ts';

const Args = z.object({
  provider: overlordEnvSchema.OVERLORD_PROVIDER.unwrap().optional(),
  split: z.enum(['holdout', 'tuning', 'all']).default('all'),
});
const { values } = parseArgs({
  options: { provider: { type: 'string' }, split: { type: 'string' } },
});
const args = Args.safeParse(values);
if (!args.success) {
  console.error(`npm run eval: ${z.prettifyError(args.error)}`);
  process.exit(2);
}

const calls = createCallLog();
function overlordFromEnv() {
  try {
    const env = z.object(overlordEnvSchema).parse({
      ...process.env,
      ...(args.data?.provider ? { OVERLORD_PROVIDER: args.data.provider } : {}),
    });
    return createOverlord(overlordConfigFromEnv(env), { onCall: calls.onCall });
  } catch (error) {
    const message = error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message;
    console.error(`npm run eval: ${message}`);
    process.exit(2);
  }
}
const overlord = overlordFromEnv();
// Warm-up (obscenity's matcher, franc's model), so latency percentiles describe steady state.
// A failed warm-up (a slow provider) is not a result: the cases report their own errors.
await overlord.screen({ text: 'warm up', kind: 'post' }).catch(() => undefined);
calls.take();

const splits = args.data.split === 'all' ? ['holdout', 'tuning'] : [args.data.split];
const selected = cases.filter((c) => splits.includes(c.split));
const results = await runCases(overlord, selected, calls.take);
const cost = (rs: typeof results) =>
  formatCost(
    summariseCost(
      rs.flatMap((r) => r.calls),
      rs.length,
    ),
  ).split('\n');
const { text, splits: figures } = report(results, {
  judge: overlord.name,
  splits,
  extraSections: [cost],
});
console.log(text);
process.exitCode = figures.every(meetsTargets) ? 0 : 1;
