// How the administration's pages put settings into words.

/** "20 per 10 minutes", "off". */
export function describeLimit(limit: { count: number; windowSeconds: number } | null): string {
  if (!limit) return 'off';
  return `${limit.count} per ${describeSeconds(limit.windowSeconds)}`;
}

export function describeSeconds(seconds: number): string {
  if (seconds === 0) return 'no wait';
  if (seconds % 86_400 === 0) return seconds === 86_400 ? 'day' : `${seconds / 86_400} days`;
  if (seconds % 3_600 === 0) return seconds === 3_600 ? 'hour' : `${seconds / 3_600} hours`;
  if (seconds % 60 === 0) return seconds === 60 ? 'minute' : `${seconds / 60} minutes`;
  return `${seconds} seconds`;
}
