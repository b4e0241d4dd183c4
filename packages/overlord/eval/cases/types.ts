// The shape of a labelled case and the compact row format the case files are written in.
// Labels are what a fair human moderator would decide under prompts/v1/rules.md — not what any
// judge currently outputs.
import type { EvaluateInput, Verdict } from '../../src/schemas';

/**
 * `holdout` cases were written before the rules they measure were tuned and are never used to
 * tune a rule; `tuning` cases are the ones rules may be adjusted against.
 */
export type Split = 'holdout' | 'tuning';

export interface EvalCase {
  id: string;
  split: Split;
  /** What the case exercises; per-category agreement is reported on it. */
  category: string;
  /** Safety cases must be rejected as terms violations (100% recall target). */
  safety?: boolean;
  input: EvaluateInput;
  expected: Verdict;
}

export type Topic = NonNullable<EvaluateInput['topic']>;

export type Row = [
  id: string,
  category: string,
  expected: Verdict,
  topic: Topic | null,
  text: string,
  extra?: Partial<EvaluateInput> & { safety?: boolean },
];

export function toCases(split: Split, rows: Row[]): EvalCase[] {
  return rows.map(([id, category, expected, topic, text, extra = {}]) => {
    const { safety, ...rest } = extra;
    return {
      id,
      split,
      category,
      expected,
      ...(safety ? { safety } : {}),
      input: { kind: 'post', text, ...(topic ? { topic } : {}), ...rest },
    };
  });
}
