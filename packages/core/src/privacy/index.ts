export {
  ANONYMOUS_PREFIX,
  anonymousName,
  eraseClosedAccounts,
  requestAccountDeletion,
} from './erase.ts';
export { type AccountExport, exportAccount } from './export.ts';
export { applyRetention, RETENTION, type RetentionReport } from './retention.ts';
