import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { BadgeList } from '~/components/badge-list';
import { ButtonLink } from '~/components/button';
import { EmptyState } from '~/components/empty-state';
import { Figures } from '~/components/figures';
import { OverlordMessage } from '~/components/overlord-message';
import { PageHeading } from '~/components/page-heading';
import { pageHref, Pagination, readPage } from '~/components/pagination';
import { StatusStamp } from '~/components/status-stamp';
import { TagCloud, TagList } from '~/components/tag-list';
import { citizenHref, currentCitizen, readUsername } from '~/lib/citizens';
import { excerpt, formatTimestamp, plural } from '~/lib/format';
import { topShareName } from '~/lib/topics';
import { isNotFound } from '~/trpc/errors';
import { getServerApi } from '~/trpc/server';

import styles from '../citizens.module.css';
import { BlockToggle } from './block-toggle';
import { SanctionsPanel } from './sanctions-panel';

type Params = Promise<{ username: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const loadProfile = cache(async (raw: string) => {
  const username = readUsername(raw);
  if (!username) notFound();
  try {
    return await getServerApi().users.profile.query({ username });
  } catch (error) {
    if (isNotFound(error)) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const profile = await loadProfile((await params).username);
  return { title: `Citizen ${profile.username}` };
}

const ROLE_TITLES = {
  citizen: 'Citizen',
  moderator: 'Moderator',
  admin: 'Administrator',
  superadmin: 'Superadministrator',
} as const;

/** Officials act only on lower ranks (the api checks the same). */
const RANK = { citizen: 0, moderator: 1, admin: 2, superadmin: 3 } as const;

export default async function ProfilePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const profile = await loadProfile((await params).username);
  const page = readPage((await searchParams).page);
  const [activity, me, blocked] = await Promise.all([
    getServerApi().users.activity.query({ username: profile.username, page }),
    currentCitizen(),
    getServerApi()
      .blocks.list.query()
      .catch(() => []),
  ]);
  const own = me?.username === profile.username;
  const isBlocked = blocked.some(
    (b) => b.username.toLowerCase() === profile.username.toLowerCase(),
  );
  const official = me ? me.role !== 'citizen' : false;
  const { standing } = profile;
  const base = citizenHref(profile.username);

  return (
    <div className={styles.page} data-testid="profile" data-username={profile.username}>
      <PageHeading
        kicker={`Registry · File of ${profile.isOverlord ? 'the Overlord' : ROLE_TITLES[profile.role].toLowerCase()}`}
        title={profile.username}
        lede={`On file since ${formatTimestamp(profile.createdAt)}. ${plural(profile.topicCount, 'topic')} started, ${plural(profile.postCount, 'public statement')}.`}
        actions={
          <>
            {!own && !profile.isOverlord ? (
              <ButtonLink href={`/messages/${encodeURIComponent(profile.username)}`}>
                Send private message
              </ButtonLink>
            ) : null}
            {own ? (
              <ButtonLink href="/graveyard" variant="quiet">
                Your Graveyard
              </ButtonLink>
            ) : null}
            {!own && official && !profile.isOverlord ? (
              <ButtonLink href={`${base}/graveyard`} variant="quiet">
                Inspect Graveyard
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <Figures
        items={[
          { label: 'Loyalty', value: profile.loyaltyScore, testId: 'profile-score' },
          {
            label: 'Rank',
            value: standing ? (
              <>
                {standing.rank.toLocaleString('en')}
                <span className="visually-hidden"> of {standing.total.toLocaleString('en')}</span>
              </>
            ) : (
              '—'
            ),
            testId: 'profile-rank',
          },
          {
            label: 'Standing',
            value: standing?.inTop10Percent
              ? `Top ${topShareName(standing.sharePercent)}`
              : ROLE_TITLES[profile.role],
          },
        ]}
      />
      {profile.badges.length > 0 ? (
        <section aria-labelledby="badges-title" className={styles.side}>
          <h2 id="badges-title" className={styles.sectionTitle}>
            Badges
          </h2>
          <BadgeList badges={profile.badges} />
        </section>
      ) : null}

      {me && !own && !profile.isOverlord ? (
        <BlockToggle username={profile.username} initial={isBlocked} />
      ) : null}

      {me && !own && !profile.isOverlord && RANK[me.role] > RANK[profile.role] ? (
        <SanctionsPanel username={profile.username} canLift={RANK[me.role] >= RANK.admin} />
      ) : null}

      <div className={styles.columns}>
        <section aria-labelledby="activity-title" data-testid="activity">
          <h2 id="activity-title" className={styles.sectionTitle}>
            Public statements
          </h2>
          {activity.items.length === 0 ? (
            <EmptyState title="No public statements">
              This citizen has said nothing the Overlord allowed to stand.
            </EmptyState>
          ) : (
            <ol className={styles.list}>
              {activity.items.map((post) => (
                <li
                  key={post.id}
                  className={styles.item}
                  data-testid="activity-item"
                  data-status={post.status}
                >
                  <div className={styles.meta}>
                    {post.status === 'approved' ? (
                      <StatusStamp tone="approved">Approved</StatusStamp>
                    ) : (
                      <StatusStamp tone={post.reviewState === 'in_review' ? 'review' : 'pending'}>
                        {post.reviewState === 'in_review' ? 'Under review' : 'In evaluation'}
                      </StatusStamp>
                    )}
                    <time dateTime={post.submittedAt.toISOString()}>
                      {formatTimestamp(post.submittedAt)}
                    </time>
                  </div>
                  <h3 className={styles.itemTitle}>
                    In <Link href={`/topics/${post.topic.id}`}>{post.topic.title}</Link>
                  </h3>
                  <p className={styles.body}>{excerpt(post.body, 400)}</p>
                  {post.feedback ? (
                    <OverlordMessage label="Verdict" srLabel="Overlord feedback">
                      {post.feedback}
                    </OverlordMessage>
                  ) : null}
                  {post.commentary ? <OverlordMessage>{post.commentary}</OverlordMessage> : null}
                </li>
              ))}
            </ol>
          )}
          <Pagination
            label="Statement pages"
            page={activity.page}
            pageCount={activity.pageCount}
            prevHref={activity.page > 1 ? pageHref(base, {}, activity.page - 1) : null}
            nextHref={
              activity.page < activity.pageCount ? pageHref(base, {}, activity.page + 1) : null
            }
            prevText="← Newer"
            nextText="Older →"
          />
        </section>

        <div className={styles.side}>
          <section aria-labelledby="tags-title">
            <h2 id="tags-title" className={styles.sectionTitle}>
              Debates by tag
            </h2>
            {profile.tagCloud.length > 0 ? (
              <TagCloud tags={profile.tagCloud} label="Tags of debates this citizen took part in" />
            ) : (
              <p className={styles.status}>No debates on record.</p>
            )}
          </section>
          <section aria-labelledby="topics-title" data-testid="topics-started">
            <h2 id="topics-title" className={styles.sectionTitle}>
              Topics started
            </h2>
            {profile.topicsStarted.length === 0 ? (
              <p className={styles.status}>None.</p>
            ) : (
              <ul className={styles.list}>
                {profile.topicsStarted.map((t) => (
                  <li key={t.id} className={styles.item}>
                    <Link href={`/topics/${t.id}`} className={styles.itemTitle}>
                      {t.title}
                    </Link>
                    <div className={styles.meta}>
                      {t.inEvaluation ? (
                        <StatusStamp tone="pending">In evaluation</StatusStamp>
                      ) : null}
                      <span>{plural(t.postCount, 'statement')}</span>
                    </div>
                    <TagList tags={t.tags} label={`Tags of “${t.title}”`} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
