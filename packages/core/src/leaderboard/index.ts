export {
  LEADERBOARD_KEY,
  leaderboardWhere,
  loyaltyStanding,
  type LoyaltyStanding,
  memberOf,
  rankOf,
  rebuildLeaderboard,
  syncCitizenScore,
  syncStoredScore,
  dropCitizen,
  DEFAULT_TOP_SHARE_PERCENT,
  TOP_SHARE,
  topShareSize,
  type Citizen,
  type RankDeps,
  type RankInfo,
} from './ranking.ts';
export { findScoreDifferences, repairScores, type ScoreDifference } from './rebuild-scores.ts';
export {
  badgesOf,
  type BadgeSummary,
  type CitizenPage,
  leaderboardPage,
  type RankedCitizen,
  registryPage,
  topShareCutoff,
  type TopShareCutoff,
} from './standings.ts';
