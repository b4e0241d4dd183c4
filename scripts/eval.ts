// `npm run eval`: the labelled set against the Overlord configured by the environment
// (OVERLORD_PROVIDER and keys, as for the apps; offline by default). Prints the confusion
// matrix, per-verdict precision/recall, per-category agreement and latency percentiles.
import { createOverlord, overlordConfigFromEnv, overlordEnvSchema } from '@overlord/overlord';
import { z } from 'zod';

import { cases } from '../packages/overlord/eval/cases/index.ts';
import { report, runCase } from '../packages/overlord/eval/run.ts';

const env = z.object(overlordEnvSchema).parse(process.env);
const overlord = createOverlord(overlordConfigFromEnv(env));
// Warm-up (obscenity's matcher, franc's model), so latency percentiles describe steady state.
await overlord.screen({ text: 'warm up', kind: 'post' });

const results = [];
for (const c of cases) results.push(await runCase(overlord, c)); // serial: honest latencies
const { text, agreement, safetyRecall } = report(overlord.name, results);
console.log(text);
// Fails CI-style only when the offline targets are missed (≥ 85% agreement, 100% safety recall).
process.exitCode = agreement >= 0.85 && safetyRecall === 1 ? 0 : 1;
