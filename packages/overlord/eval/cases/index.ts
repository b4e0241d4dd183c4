// Every labelled case, both splits. The harness reports each split on its own.
import { holdoutCases } from './holdout';
import { tuningCases } from './tuning';

export type { EvalCase, Split } from './types';

export const cases = [...tuningCases, ...holdoutCases];
