import { type Deps, eraseClosedAccounts } from '@overlord/core';
import { eraseAccountsJob } from '@overlord/jobs';

import { defineTask } from './define.ts';

/** Erases closed accounts; added when a citizen closes theirs, and swept hourly. */
export const eraseAccountsTask = defineTask(
  eraseAccountsJob,
  async (_payload, helpers, deps: Pick<Deps, 'db'>) => {
    const erased = await eraseClosedAccounts(deps.db);
    if (erased > 0) helpers.logger.info(`erase-accounts: ${erased} account(s) erased`);
  },
);
