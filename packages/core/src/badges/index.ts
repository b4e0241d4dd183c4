export { awardBadges, type NewAward, syncBadgeCatalogue } from './award.ts';
export { type BadgeCriteria, badgeCatalogue, type BadgeDefinition } from './catalogue.ts';
