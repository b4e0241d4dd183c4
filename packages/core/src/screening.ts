import type { Prisma } from '@overlord/db';
import type { Overlord, ScreenInput, ScreenResult } from '@overlord/overlord';

export const SCREEN_TIMEOUT_MS = 1_500;

export type ScreenOutcome =
  | { kind: 'passed' }
  | { kind: 'failed'; result: ScreenResult }
  /**
   * The screen errored or timed out: reject by default and hold for a moderator (docs/product.md
   * §6).
   */
  | { kind: 'held'; reason: string };

export async function screenFailClosed(
  overlord: Overlord,
  input: ScreenInput,
  timeoutMs = SCREEN_TIMEOUT_MS,
): Promise<ScreenOutcome> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const result = await Promise.race([
      overlord.screen(input),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`safety screen timed out after ${timeoutMs} ms`)),
          timeoutMs,
        );
      }),
    ]);
    return result.passed ? { kind: 'passed' } : { kind: 'failed', result };
  } catch (error) {
    return { kind: 'held', reason: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

export const HELD_FEEDBACK =
  'Citizen, the Ministry could not complete its safety inspection of your statement. As a precaution it has been withheld and placed before a human moderator.';

/** The stored fields of an item the safety screen refused (or could not inspect). */
export function screenRejection(
  overlordName: string,
  screen: Exclude<ScreenOutcome, { kind: 'passed' }>,
) {
  const feedback = screen.kind === 'failed' ? screen.result.reason : HELD_FEEDBACK;
  return {
    fields: {
      status: 'rejected' as const,
      decidedAt: new Date(),
      rejectionReason: 'terms_violation' as const,
      termsViolation: true,
      heldForReview: screen.kind === 'held',
      feedback,
      judge: `${overlordName}:screen`,
      evaluation:
        screen.kind === 'failed'
          ? (screen.result as Prisma.InputJsonValue)
          : ({ error: screen.reason } as Prisma.InputJsonValue),
    },
    reasonCodes: [
      screen.kind === 'failed'
        ? `safety_${screen.result.category ?? 'unknown'}`
        : 'safety_unavailable',
    ],
    feedback,
  };
}
