// Runs labelled cases against any Overlord, one at a time, keeping each case's provider calls.
import type { Overlord } from '../src/overlord';
import type { CallRecord } from '../src/providers/config';
import type { Verdict } from '../src/schemas';
import type { EvalCase } from './cases';

export interface CaseResult {
  case: EvalCase;
  got: Verdict | 'error';
  terms: boolean;
  reason: string;
  ms: number;
  /** The provider calls this case caused (none for the offline judge): tokens, latency, cost. */
  calls: CallRecord[];
}

/**
 * Collects createOverlord's `onCall` records per case. Cases run serially, so every record that
 * arrives while a case runs belongs to it.
 */
export function createCallLog() {
  let current: CallRecord[] = [];
  return {
    onCall: (record: CallRecord) => void current.push(record),
    take(): CallRecord[] {
      const taken = current;
      current = [];
      return taken;
    },
  };
}

/** As the product does it: the screen first (a failure is a rejection), then the evaluation. */
export async function runCase(
  overlord: Overlord,
  c: EvalCase,
  takeCalls: () => CallRecord[] = () => [],
): Promise<CaseResult> {
  const started = performance.now();
  const done = (r: Omit<CaseResult, 'case' | 'ms' | 'calls'>): CaseResult => ({
    case: c,
    ...r,
    ms: performance.now() - started,
    calls: takeCalls(),
  });
  try {
    // Topics are screened with their title, as the product submits them.
    const { kind, text, title } = c.input;
    const screened = kind === 'topic' && title ? `${title}\n\n${text}` : text;
    const screen = await overlord.screen({ text: screened, kind });
    if (!screen.passed)
      return done({ got: 'rejected', terms: true, reason: `screen:${screen.category}` });
    const r = await overlord.evaluate(c.input);
    return done({
      got: r.verdict,
      terms: r.rejectionReason === 'terms_violation',
      reason: r.rejectionReason ?? (r.findings.map((f) => f.code).join(',') || '-'),
    });
  } catch (error) {
    return done({ got: 'error', terms: false, reason: (error as Error).message });
  }
}

/** Serial on purpose: honest per-case latencies and one case's calls at a time. */
export async function runCases(
  overlord: Overlord,
  cases: EvalCase[],
  takeCalls?: () => CallRecord[],
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of cases) results.push(await runCase(overlord, c, takeCalls));
  return results;
}
