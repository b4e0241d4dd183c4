export {
  applySanction,
  escalateSanction,
  liftSanction,
  MAX_MODERATOR_SANCTION_HOURS,
  type SanctionTerms,
  type SanctionView,
  sanctionsOf,
} from './manage.ts';
