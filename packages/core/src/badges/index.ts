export { awardBadges, type NewAward, runBadgeAwards, syncBadgeCatalogue } from './award.ts';
export {
  type BadgeCriteria,
  badgeCatalogue,
  badgeCatalogueWith,
  type BadgeDefinition,
  type BadgeThresholds,
  defaultBadgeThresholds,
} from './catalogue.ts';
