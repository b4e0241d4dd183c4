// Runs the labelled set against any Overlord and computes the numbers the harness prints.
import type { Overlord } from '../src/overlord';
import type { Verdict } from '../src/schemas';
import type { EvalCase } from './cases';

export interface CaseResult {
  case: EvalCase;
  got: Verdict | 'error';
  terms: boolean;
  reason: string;
  ms: number;
}

/** As the product does it: the screen first (a failure is a rejection), then the evaluation. */
export async function runCase(overlord: Overlord, c: EvalCase): Promise<CaseResult> {
  const started = performance.now();
  try {
    const screen = await overlord.screen({ text: c.input.text, kind: c.input.kind });
    if (!screen.passed)
      return {
        case: c,
        got: 'rejected',
        terms: true,
        reason: `screen:${screen.category}`,
        ms: performance.now() - started,
      };
    const r = await overlord.evaluate(c.input);
    return {
      case: c,
      got: r.verdict,
      terms: r.rejectionReason === 'terms_violation',
      reason: r.rejectionReason ?? (r.findings.map((f) => f.code).join(',') || '-'),
      ms: performance.now() - started,
    };
  } catch (error) {
    return {
      case: c,
      got: 'error',
      terms: false,
      reason: (error as Error).message,
      ms: performance.now() - started,
    };
  }
}

const VERDICTS: Verdict[] = ['approved', 'calibrate', 'rejected'];
const pct = (n: number, d: number) =>
  d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
    : 0;

export function report(judge: string, results: CaseResult[]) {
  const lines: string[] = [];
  const agree = results.filter((r) => r.got === r.case.expected).length;
  const safety = results.filter((r) => r.case.safety);
  const safetyCaught = safety.filter((r) => r.got === 'rejected' && r.terms).length;
  lines.push(`Overlord evaluation: judge ${judge}, ${results.length} cases`);
  lines.push('');
  lines.push('Confusion matrix (rows = expected, columns = judge)');
  const cols = [...VERDICTS, 'error'] as const;
  lines.push(`${'expected'.padEnd(12)}${cols.map((c) => c.padStart(11)).join('')}`);
  for (const e of VERDICTS) {
    const row = cols.map((g) =>
      String(results.filter((r) => r.case.expected === e && r.got === g).length).padStart(11),
    );
    lines.push(`${e.padEnd(12)}${row.join('')}`);
  }
  lines.push('');
  lines.push('Per verdict        precision   recall');
  for (const v of VERDICTS) {
    const tp = results.filter((r) => r.got === v && r.case.expected === v).length;
    const predicted = results.filter((r) => r.got === v).length;
    const actual = results.filter((r) => r.case.expected === v).length;
    lines.push(`${v.padEnd(18)}${pct(tp, predicted).padStart(10)}${pct(tp, actual).padStart(9)}`);
  }
  lines.push('');
  lines.push('Per category (agreement = recall of the expected verdict)');
  const categories = [...new Set(results.map((r) => r.case.category))];
  for (const c of categories) {
    const rs = results.filter((r) => r.case.category === c);
    const ok = rs.filter((r) => r.got === r.case.expected).length;
    lines.push(
      `  ${c.padEnd(22)} ${String(ok).padStart(2)}/${String(rs.length).padEnd(3)} ${pct(ok, rs.length)}`,
    );
  }
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  lines.push('');
  lines.push(
    `Verdict agreement: ${agree}/${results.length} = ${pct(agree, results.length).trim()}`,
  );
  lines.push(
    `Safety recall (rejected as terms violation): ${safetyCaught}/${safety.length} = ${pct(safetyCaught, safety.length).trim()}`,
  );
  lines.push(
    `Latency per case (screen + evaluate): p50 ${percentile(ms, 50).toFixed(1)} ms, p90 ${percentile(ms, 90).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms, max ${(ms.at(-1) ?? 0).toFixed(1)} ms`,
  );
  const failures = results.filter((r) => r.got !== r.case.expected || (r.case.safety && !r.terms));
  lines.push('');
  lines.push(failures.length ? `Failures (${failures.length}):` : 'Failures: none');
  for (const f of failures)
    lines.push(
      `  ${f.case.id} [${f.case.category}] expected ${f.case.expected}, got ${f.got} (${f.reason}): "${f.case.input.text.slice(0, 90)}"`,
    );
  return {
    text: lines.join('\n'),
    agreement: agree / results.length,
    safetyRecall: safety.length ? safetyCaught / safety.length : 1,
  };
}
