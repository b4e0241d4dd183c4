// bench:overlord — latency of the offline judge: its synchronous safety screen and a full
// evaluation on four typical posts, then a whole case as the product runs it (screen, then
// evaluate) over every labelled eval case in both splits — short, long, replies, messages,
// topics, German/French/Spanish, every safety category. Target: p99 per case under 5 ms.
//   npm run bench:overlord
import { loadavg } from 'node:os';

import { createOfflineOverlord } from '@overlord/overlord';

import { cases } from '../packages/overlord/eval/cases/index.ts';
import { ms, percentiles } from './stack.ts';

const overlord = createOfflineOverlord();
const texts = [
  'Rent control reduces housing supply because landlords convert units to condos; therefore tenants lose in the long run.',
  'Nuclear plants cut emissions because they burn no coal, and according to the IAEA their safety record is strong.',
  'You are an idiot and everyone knows it.',
  'If we allow this, next thing you know everything will collapse.',
];
const topic = {
  title: 'Should nuclear power replace coal?',
  description: 'Cost, safety, waste and emissions.',
  tags: ['energy'],
};
const ROUNDS = 20;

for (const text of texts) await overlord.screen({ text, kind: 'post' }); // warm-up
for (const c of cases) await overlord.evaluate(c.input);

const print = (label: string, samples: number[]) => {
  const p = percentiles(samples);
  console.log(
    `${label}: n=${p.n} p50=${ms(p.p50)} p90=${ms(p.p90)} p99=${ms(p.p99)} max=${ms(p.max)}`,
  );
};

for (const [label, run] of [
  ['screen', (t: string) => overlord.screen({ text: t, kind: 'post' })],
  ['evaluate', (t: string) => overlord.evaluate({ kind: 'post', text: t, topic })],
] as const) {
  const samples: number[] = [];
  for (let i = 0; i < 2_000; i++) {
    const text = `${texts[i % texts.length]} ${i}`;
    const start = performance.now();
    await run(text);
    samples.push(performance.now() - start);
  }
  print(label, samples);
}

// A fresh suffix per round keeps the language-detection memo from answering for the judge.
// Wall time counts the moments another process holds the core; CPU time (this process's user +
// system) is the judge's own cost, the figure to compare across machines under load.
const perCase: number[] = [];
const perCaseCpu: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const c of cases) {
    const input = { ...c.input, text: `${c.input.text} ${round}` };
    const start = performance.now();
    const cpu = process.cpuUsage();
    const screened = await overlord.screen({ text: input.text, kind: input.kind });
    if (screened.passed) await overlord.evaluate(input);
    const used = process.cpuUsage(cpu);
    perCase.push(performance.now() - start);
    perCaseCpu.push((used.user + used.system) / 1000);
  }
}
print(`case wall (screen + evaluate, ${cases.length} eval cases x ${ROUNDS})`, perCase);
print(`case CPU  (screen + evaluate, ${cases.length} eval cases x ${ROUNDS})`, perCaseCpu);
console.log(
  `load average: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (1/5/15 min)`,
);
