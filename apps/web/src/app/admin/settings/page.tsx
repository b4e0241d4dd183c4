import type { Metadata } from 'next';

import { PageHeading } from '~/components/page-heading';
import { Panel } from '~/components/panel';
import { formatTimestamp } from '~/lib/format';
import { getServerApi } from '~/trpc/server';

import styles from '../../citizens/citizens.module.css';
import { DocketSignIn, readDocket } from '../../moderation/docket';
import { describeLimit, describeSeconds } from '~/lib/admin';
import { AdminTabs } from '../admin-tabs';
import {
  BadgeThresholdsSetting,
  CooldownSetting,
  LimitSetting,
  LoyaltyWeightsSetting,
  SpendCapSetting,
  TopShareSetting,
} from './settings-form';

export const metadata: Metadata = { title: 'Settings · Administration' };
export const dynamic = 'force-dynamic';

const PATH = '/admin/settings';
const usd = (n: number) => `$${n.toFixed(2)}`;
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
  const cap = settings.effective.modelSpendCapUsdPerDay;
  const badgeNames = Object.fromEntries(settings.badges.map((b) => [b.slug, b.name])) as Record<
    (typeof settings.badges)[number]['slug'],
    string
  >;
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
      <Panel title="Topic proposals" labelledBy="top-share-title">
        <p className={styles.reason} data-testid="top-share">
          The top {settings.effective.topSharePercent}% of the leaderboard may propose topics
          (default {settings.defaults.topSharePercent}%). {note('top_share_percent')}
        </p>
        <TopShareSetting
          current={settings.effective.topSharePercent}
          isDefault={!stored.get('top_share_percent')?.updatedAt}
        />
      </Panel>
      <Panel title="Model spend" labelledBy="spend-title">
        <p className={styles.reason} data-testid="spend-cap">
          {cap === null
            ? 'No daily spend cap (the deployment’s hourly cap on model calls, if set, still applies).'
            : `At most ${usd(cap)} per day (UTC) on model calls.`}{' '}
          Spent today: {usd(settings.spentTodayUsd)}, as recorded by every instance (each adds its
          calls every 10 seconds, so the cap can be passed by a few seconds of calls). The default
          is no cap. {note('model_spend_cap_usd_per_day')}
        </p>
        <SpendCapSetting
          current={cap}
          spentToday={settings.spentTodayUsd}
          isDefault={!stored.get('model_spend_cap_usd_per_day')?.updatedAt}
        />
      </Panel>
      <Panel title="Loyalty weights" labelledBy="weights-title">
        <p className={styles.reason} data-testid="loyalty-weights">
          What each verdict or decision moves a citizen&rsquo;s loyalty by. A change applies to
          decisions from the next one on; scores already earned stay as they are.{' '}
          {note('loyalty_weights')}
        </p>
        <LoyaltyWeightsSetting
          current={settings.effective.loyaltyWeights}
          isDefault={!stored.get('loyalty_weights')?.updatedAt}
        />
      </Panel>
      <Panel title="Badge thresholds" labelledBy="badges-title">
        <p className={styles.reason} data-testid="badge-thresholds">
          How many judged statements earn each badge. The next award run (every minute) applies a
          change to every citizen&rsquo;s history; badges already awarded are kept.{' '}
          {note('badge_thresholds')}
        </p>
        <BadgeThresholdsSetting
          current={settings.effective.badgeThresholds}
          names={badgeNames}
          isDefault={!stored.get('badge_thresholds')?.updatedAt}
        />
      </Panel>
    </div>
  );
}
