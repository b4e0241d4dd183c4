export {
  decideFlag,
  type DecideFlagInput,
  type DecidedFlag,
  FRIVOLOUS_REPORTS,
  FRIVOLOUS_SANCTION,
} from './decide.ts';
export { fileFlag, type FileFlagInput, type FiledFlag } from './file.ts';
export { type FlagCase, flagQueue } from './queue.ts';
