import type { Db } from '@overlord/db';
import type { Overlord } from '@overlord/overlord';
import type { Redis } from '@overlord/redis';

import type { SubmissionLimits } from './limits/submission-limits.ts';

/** What domain services need from the outside world; api and worker each build one. */
export interface Deps {
  db: Db;
  redis: Redis;
  overlord: Overlord;
  /** Per-citizen submission limits (the apps pass them from env; absent: none). */
  limits?: SubmissionLimits | undefined;
}

/** The acting citizen, as resolved by the api from the session (or the dev identity). */
export interface Actor {
  id: string;
  username: string;
  role: 'citizen' | 'moderator' | 'admin' | 'superadmin';
}
