import type { Metadata } from 'next';

import { PageHeading } from '~/components/page-heading';
import { Panel } from '~/components/panel';
import { formatTimestamp } from '~/lib/format';
import { getServerApi } from '~/trpc/server';

import styles from '../../citizens/citizens.module.css';
import { DocketSignIn, readDocket } from '../../moderation/docket';
import { describeLimit, describeSeconds } from '~/lib/admin';
import { AdminTabs } from '../admin-tabs';
import { CooldownSetting, LimitSetting } from './settings-form';

export const metadata: Metadata = { title: 'Settings · Administration' };
export const dynamic = 'force-dynamic';

const PATH = '/admin/settings';
const LIMITS = [
  ['post', 'submission_limit.post', 'Statements per citizen'],
  ['topic', 'submission_limit.topic', 'Topic proposals per citizen'],
  ['message', 'submission_limit.message', 'Private messages per citizen'],
] as const;

/**
 * Run-time settings (docs/product.md §18), superadmins only. A change is audited and applies
 * from the next request on every instance.
 */
export default async function SettingsPage() {
  const settings = await readDocket(getServerApi().admin.settings.query());
  if (!settings) return <DocketSignIn what="settings" path={PATH} />;
  const stored = new Map(settings.stored.map((s) => [s.key, s]));
  const note = (key: string) => {
    const s = stored.get(key);
    return s?.updatedAt
      ? `Set by ${s.updatedBy ?? 'a former official'} on ${formatTimestamp(s.updatedAt)}.`
      : 'The default applies.';
  };

  return (
    <div className={styles.page} data-testid="admin-settings">
      <PageHeading
        kicker="Ministry administration · Settings"
        title="Settings"
        lede="What the Ministry allows, changed while it runs. Every change is audited and applies from the next request."
      />
      <AdminTabs current={PATH} superadmin />
      <Panel title="Submission limits" labelledBy="limits-title">
        <p>
          Per citizen, counted from stored submissions. A count of 0 switches a limit off. A
          sanction’s rate limit applies on top.
        </p>
        {LIMITS.map(([kind, key, label]) => (
          <div key={key}>
            <p className={styles.reason} data-testid={`limit-${kind}`}>
              {label}: {describeLimit(settings.effective.submissionLimits[kind])} (default{' '}
              {describeLimit(settings.defaults.submissionLimits[kind])}). {note(key)}
            </p>
            <LimitSetting
              settingKey={key}
              label={label}
              current={settings.effective.submissionLimits[kind]}
              isDefault={!stored.get(key)?.updatedAt}
            />
          </div>
        ))}
      </Panel>
      <Panel title="Appeals" labelledBy="appeals-title">
        <p className={styles.reason}>
          One appeal per citizen every {describeSeconds(settings.effective.appealCooldownSeconds)}{' '}
          (default {describeSeconds(settings.defaults.appealCooldownSeconds)}).{' '}
          {note('appeal_cooldown_seconds')}
        </p>
        <CooldownSetting
          current={settings.effective.appealCooldownSeconds}
          isDefault={!stored.get('appeal_cooldown_seconds')?.updatedAt}
        />
      </Panel>
    </div>
  );
}
