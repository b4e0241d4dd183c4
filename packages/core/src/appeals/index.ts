export { decideAppeal, type DecideAppealInput, type DecidedAppeal } from './decide.ts';
export {
  APPEAL_INTERVAL_SECONDS,
  fileAppeal,
  type FileAppealInput,
  type FiledAppeal,
} from './file.ts';
export { type AppealCase, appealQueue } from './queue.ts';
