export {
  changeUsername,
  completeOnboarding,
  createUserFromSignIn,
  getOwnAccount,
  getProfile,
  type NewUserInput,
} from './account.ts';
export { type AdminUserView, banUser, deleteUser, setUserRole, unbanUser } from './admin.ts';
export {
  type AdminCitizenFile,
  type AdminCitizenSummary,
  citizenFile,
  searchCitizens,
} from './admin-view.ts';
export {
  findCitizenByUsername,
  type GraveyardItem,
  graveyardOf,
  type RejectionReasonCode,
} from './graveyard.ts';
export { onboardingSteps } from './onboarding.ts';
export { citizenActivity, getCitizenProfile, type TagWeight } from './profile.ts';
export {
  forgetSession,
  forgetUserSessions,
  readCookie,
  resolveSession,
  SESSION_CACHE_SECONDS,
  sessionCookieName,
  type SessionState,
} from './session.ts';
export { generateUsername } from './username.ts';
