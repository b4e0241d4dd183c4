import { applyRetention, type Deps, eraseClosedAccounts } from '@overlord/core';
import { parsePayload } from '@overlord/jobs';
import type { Task } from 'graphile-worker';

/**
 * Erases closed accounts (docs/product.md §14); added when a citizen closes theirs, and swept
 * hourly.
 */
export const eraseAccountsTask =
  (deps: Pick<Deps, 'db'>): Task =>
  async (payload, helpers) => {
    parsePayload('erase-accounts', payload);
    const erased = await eraseClosedAccounts(deps.db);
    if (erased > 0) helpers.logger.info(`erase-accounts: ${erased} account(s) erased`);
  };

/** Daily: applies the retention periods (docs/product.md §14). */
export const applyRetentionTask =
  (deps: Pick<Deps, 'db'>): Task =>
  async (payload, helpers) => {
    parsePayload('apply-retention', payload);
    const report = await applyRetention(deps.db);
    helpers.logger.info(`apply-retention: ${JSON.stringify(report)}`);
  };
