import Link from 'next/link';

import { APPEAL_STATUS } from '~/lib/appeals';
import { excerpt, formatTimestamp } from '~/lib/format';
import { REJECTION_REASONS } from '~/lib/citizens';

import styles from '../app/citizens/citizens.module.css';
import { AppealForm } from './appeal-form';
import { OverlordMessage } from './overlord-message';
import { StatusStamp } from './status-stamp';

export interface GraveyardEntry {
  kind: 'topic' | 'post';
  id: string;
  title: string;
  body: string;
  topicId: string | null;
  reason: string | null;
  termsViolation: boolean;
  hiddenByFlag: boolean;
  feedback: string | null;
  submittedAt: Date;
  decidedAt: Date | null;
  appeal: { status: 'pending' | 'sustained' | 'denied'; decisionNote: string | null } | null;
  /** A rejected revision: the statement it would have replaced, which stands (§17). */
  revisionOf?: string | null;
}

function reasonText(item: GraveyardEntry) {
  if (item.hiddenByFlag) return 'Removed after a report of treason';
  if (item.termsViolation) return REJECTION_REASONS.terms_violation;
  return item.reason ? (REJECTION_REASONS[item.reason] ?? item.reason) : 'Rejected';
}

/**
 * Rejected topics and statements, each with its reason, the Overlord's words and the appeal, if
 * any. `own`: the viewer is the author, who may appeal what a verdict rejected.
 */
export function GraveyardList({ items, own }: { items: GraveyardEntry[]; own: boolean }) {
  return (
    <ol className={styles.list} aria-label="Rejected items, newest first">
      {items.map((item) => (
        <li
          key={`${item.kind}:${item.id}`}
          className={styles.item}
          data-testid="graveyard-item"
          data-item-id={item.id}
          data-kind={item.kind}
        >
          <div className={styles.meta}>
            <StatusStamp tone="rejected">Rejected</StatusStamp>
            <span>
              {item.kind === 'topic'
                ? 'Topic proposal'
                : item.revisionOf
                  ? 'Revision of a statement'
                  : 'Statement'}
            </span>
            <span aria-hidden="true">·</span>
            <time dateTime={item.submittedAt.toISOString()}>
              {formatTimestamp(item.submittedAt)}
            </time>
          </div>
          <h3 className={styles.itemTitle}>
            {item.kind === 'post' && item.topicId ? (
              <>
                In <Link href={`/topics/${item.topicId}`}>{item.title}</Link>
              </>
            ) : (
              item.title
            )}
          </h3>
          <p className={styles.body}>{excerpt(item.body, 600)}</p>
          {item.revisionOf ? (
            <p className={styles.reason}>
              The approved text stands:{' '}
              <Link href={`/statements/${item.revisionOf}`}>
                the statement it would have revised
              </Link>
            </p>
          ) : null}
          <p className={styles.reason} data-testid="graveyard-reason">
            Reason: {reasonText(item)}
          </p>
          {item.feedback ? (
            <OverlordMessage label="The Overlord’s ruling" srLabel="Overlord rejection feedback">
              {item.feedback}
            </OverlordMessage>
          ) : null}
          {item.appeal ? (
            <div
              className={styles.appeal}
              data-testid="appeal-status"
              data-status={item.appeal.status}
            >
              <StatusStamp
                tone={
                  item.appeal.status === 'pending'
                    ? 'pending'
                    : item.appeal.status === 'sustained'
                      ? 'approved'
                      : 'rejected'
                }
              >
                {APPEAL_STATUS[item.appeal.status]}
              </StatusStamp>
              {item.appeal.decisionNote ? (
                <p>The Ministry’s note: {item.appeal.decisionNote}</p>
              ) : (
                <p>A moderator will review it. The Overlord does not sulk.</p>
              )}
            </div>
          ) : own && !item.hiddenByFlag ? (
            <AppealForm kind={item.kind} id={item.id} />
          ) : null}
        </li>
      ))}
    </ol>
  );
}
