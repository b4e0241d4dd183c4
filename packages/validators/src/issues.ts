import type { z } from 'zod';

/** The first message a schema has for a value, or null when it is valid (one-field forms). */
export function firstIssue(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'Invalid value.');
}

/** The first message per top-level field (multi-field forms); empty when the value is valid. */
export function fieldIssues<T extends z.ZodType>(
  schema: T,
  value: unknown,
): Partial<Record<keyof z.input<T> & string, string>> {
  const result = schema.safeParse(value);
  const issues: Partial<Record<string, string>> = {};
  if (result.success) return issues;
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && issues[field] === undefined) issues[field] = issue.message;
  }
  return issues;
}
