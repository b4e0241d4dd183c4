// bench:overlord — latency of the offline judge's synchronous safety screen (target: well under
// 1 ms for typical text; SPEC §5 asks for a sub-second screen) and of a full evaluation.
//   npm run bench:overlord
import { createOfflineOverlord } from '@overlord/overlord';

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

for (const text of texts) await overlord.screen({ text, kind: 'post' }); // warm-up

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
  const p = percentiles(samples);
  console.log(
    `${label}: n=${p.n} p50=${ms(p.p50)} p90=${ms(p.p90)} p99=${ms(p.p99)} max=${ms(p.max)}`,
  );
}
