export {
  type Capability,
  type CapabilityRule,
  decide,
  type DynamicFacts,
  type MinRole,
  permissionTable,
  type Role,
  roleAtLeast,
  ROLES,
} from './table.ts';
