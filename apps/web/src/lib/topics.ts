// How the top share that may propose topics (a run-time setting, 10% by default) is put into
// words (docs/product.md §2, §4, §8).

const NAMED: Record<number, string> = { 10: 'tenth', 20: 'fifth', 25: 'quarter', 50: 'half' };

/** "tenth" for 10%, "quarter" for 25%, "15%" otherwise. */
export const topShareName = (percent: number) => NAMED[percent] ?? `${percent}%`;

/** Said to a signed-in citizen outside the top share (docs/product.md §2, §4). */
export const topicRightRefusal = (percent: number) =>
  `Topic creation is reserved for the most loyal ${topShareName(percent)} of citizens and for officials. Raise your loyalty by making approved statements. Your draft is kept in this browser.`;
