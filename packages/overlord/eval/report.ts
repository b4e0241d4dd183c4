// Turns case results into the printed report: one block per split (agreement, confusion matrix,
// safety recall, per-verdict and per-category figures, latency, provider calls, failures).
// A block is a list of sections; `extraSections` appends more (e.g. cost from the call records)
// without touching the rest.
import type { Verdict } from '../src/schemas';
import type { CaseResult } from './run';

export interface SplitFigures {
  split: string;
  cases: number;
  agreed: number;
  agreement: number;
  safetyCases: number;
  safetyCaught: number;
  safetyRecall: number;
}

/** One part of a split's block: gets that split's results, returns printed lines. */
export type ReportSection = (results: CaseResult[]) => string[];

export const TARGETS = { agreement: 0.85, safetyRecall: 1 } as const;

const VERDICTS: Verdict[] = ['approved', 'calibrate', 'rejected'];
const pct = (n: number, d: number) =>
  d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
    : 0;
const caughtAsSafety = (r: CaseResult) => r.got === 'rejected' && r.terms;

export function figures(split: string, results: CaseResult[]): SplitFigures {
  const agreed = results.filter((r) => r.got === r.case.expected).length;
  const safety = results.filter((r) => r.case.safety);
  const safetyCaught = safety.filter(caughtAsSafety).length;
  return {
    split,
    cases: results.length,
    agreed,
    agreement: results.length ? agreed / results.length : 1,
    safetyCases: safety.length,
    safetyCaught,
    safetyRecall: safety.length ? safetyCaught / safety.length : 1,
  };
}

export const meetsTargets = (f: SplitFigures) =>
  f.agreement >= TARGETS.agreement && f.safetyRecall >= TARGETS.safetyRecall;

export const headline: ReportSection = (results) => {
  const f = figures('', results);
  return [
    `Verdict agreement: ${f.agreed}/${f.cases} = ${pct(f.agreed, f.cases).trim()}   (target >= ${100 * TARGETS.agreement}%)`,
    `Safety recall (rejected as terms violation): ${f.safetyCaught}/${f.safetyCases} = ${pct(f.safetyCaught, f.safetyCases).trim()}   (target 100%)`,
  ];
};

export const confusionMatrix: ReportSection = (results) => {
  const cols = [...VERDICTS, 'error'] as const;
  const lines = [
    'Confusion matrix (rows = expected, columns = judge)',
    `${'expected'.padEnd(12)}${cols.map((c) => c.padStart(11)).join('')}`,
  ];
  for (const e of VERDICTS) {
    const row = cols.map((g) =>
      String(results.filter((r) => r.case.expected === e && r.got === g).length).padStart(11),
    );
    lines.push(`${e.padEnd(12)}${row.join('')}`);
  }
  return lines;
};

export const perVerdict: ReportSection = (results) => {
  const lines = ['Per verdict        precision   recall'];
  for (const v of VERDICTS) {
    const tp = results.filter((r) => r.got === v && r.case.expected === v).length;
    const predicted = results.filter((r) => r.got === v).length;
    const actual = results.filter((r) => r.case.expected === v).length;
    lines.push(`${v.padEnd(18)}${pct(tp, predicted).padStart(10)}${pct(tp, actual).padStart(9)}`);
  }
  return lines;
};

export const perCategory: ReportSection = (results) => {
  const lines = ['Per category (agreement = recall of the expected verdict)'];
  for (const c of [...new Set(results.map((r) => r.case.category))].sort()) {
    const rs = results.filter((r) => r.case.category === c);
    const ok = rs.filter((r) => r.got === r.case.expected).length;
    lines.push(
      `  ${c.padEnd(22)} ${String(ok).padStart(2)}/${String(rs.length).padEnd(3)} ${pct(ok, rs.length)}`,
    );
  }
  return lines;
};

export const latency: ReportSection = (results) => {
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  return [
    `Latency per case (screen + evaluate): p50 ${percentile(ms, 50).toFixed(1)} ms, p90 ${percentile(ms, 90).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms, max ${(ms.at(-1) ?? 0).toFixed(1)} ms`,
  ];
};

/** Token totals from the call records; prices belong to a cost section built on the same records. */
export const providerCalls: ReportSection = (results) => {
  const calls = results.flatMap((r) => r.calls);
  if (!calls.length) return ['Provider calls: none (offline judge)'];
  const sum = (k: 'inputTokens' | 'outputTokens' | 'attempts') =>
    calls.reduce((n, c) => n + c[k], 0);
  const failed = calls.filter((c) => !c.ok).length;
  return [
    `Provider calls: ${calls.length} (${failed} failed, ${sum('attempts')} attempts), tokens in ${sum('inputTokens')}, out ${sum('outputTokens')}`,
  ];
};

export const failures: ReportSection = (results) => {
  const failed = results.filter(
    (r) => r.got !== r.case.expected || (r.case.safety && !caughtAsSafety(r)),
  );
  return [
    failed.length ? `Failures (${failed.length}):` : 'Failures: none',
    ...failed.map(
      (f) =>
        `  ${f.case.id} [${f.case.category}] expected ${f.case.expected}${f.case.safety ? ' (safety)' : ''}, got ${f.got} (${f.reason}): "${f.case.input.text.slice(0, 90)}"`,
    ),
  ];
};

export const DEFAULT_SECTIONS: ReportSection[] = [
  headline,
  confusionMatrix,
  perVerdict,
  perCategory,
  latency,
  providerCalls,
  failures,
];

export interface ReportOptions {
  judge: string;
  /** Splits in print order; each gets its own block. */
  splits: string[];
  extraSections?: ReportSection[];
}

export function report(results: CaseResult[], options: ReportOptions) {
  const sections = [...DEFAULT_SECTIONS, ...(options.extraSections ?? [])];
  const blocks: string[] = [`Overlord evaluation: judge ${options.judge}, ${results.length} cases`];
  const perSplit: SplitFigures[] = [];
  for (const split of options.splits) {
    const rs = results.filter((r) => r.case.split === split);
    perSplit.push(figures(split, rs));
    blocks.push(
      [`══ split ${split}: ${rs.length} cases ══`, ...sections.map((s) => s(rs).join('\n'))].join(
        '\n\n',
      ),
    );
  }
  const summary = [
    'Summary            agreement           safety recall',
    ...perSplit.map(
      (f) =>
        `  ${f.split.padEnd(16)} ${`${f.agreed}/${f.cases}`.padStart(8)} ${pct(f.agreed, f.cases)}   ${`${f.safetyCaught}/${f.safetyCases}`.padStart(6)} ${pct(f.safetyCaught, f.safetyCases)}   ${meetsTargets(f) ? 'targets met' : 'TARGETS MISSED'}`,
    ),
  ];
  blocks.push(summary.join('\n'));
  return { text: blocks.join('\n\n'), splits: perSplit };
}
