export {
  AUDIT_EXPORT_MAX,
  type AuditFilter,
  type AuditRow,
  exportAuditLog,
  listAuditLog,
  SUPERADMIN_ACTIONS,
} from './log.ts';
export { type AuditEntry, writeAudit } from './write.ts';
