/**
 * Deterministic variety: the same text always gets the same phrasing, so a
 * re-run after a crash (or a cache comparison) never changes a verdict's words.
 */
export function hash(input: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function pick<T>(options: readonly [T, ...T[]], seed: string): T {
  return options[hash(seed) % options.length] ?? options[0];
}
