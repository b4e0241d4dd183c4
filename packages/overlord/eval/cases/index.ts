// Every labelled case, both splits. The harness reports each split on its own.
import { tuningCases } from './tuning';

export type { EvalCase, Split } from './types';

export const cases = [...tuningCases];
