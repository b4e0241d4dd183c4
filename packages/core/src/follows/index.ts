export { FOLLOW_DISPATCH_INTERVAL, notifyFollowers } from './dispatch.ts';
export { followState, followTopic, listFollowed, markTopicSeen, unfollowTopic } from './follows.ts';
export { wantingFollowDispatches } from './wants.ts';
