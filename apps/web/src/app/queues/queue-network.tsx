'use client';

// The public queue overview as a pneumatic-tube network: the Overlord's hub in the middle, one
// tube per active queue, a capsule per item in transit. Capsules glide toward the hub as the
// queue advances, a judged item's capsule is drawn into the hub, and tubes lengthen or shorten
// with their load. Under prefers-reduced-motion nothing moves: the same facts appear as a
// plain list. Below 64rem the drawing's labels would shrink under 12 px, so the same network is
// laid out as a stack of tubes instead, each a row of capsules running into the hub's mouth.
import Link from 'next/link';
import {
  type CSSProperties,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';

import { StatusStamp } from '~/components/status-stamp';
import { formatTimestamp, plural } from '~/lib/format';
import { createThrottle, normaliseLiveEvent } from '~/lib/live-events';
import { api, type RouterOutputs } from '~/trpc/react';

import styles from './queue-network.module.css';
import tableStyles from './queues.module.css';
import {
  CENTRE,
  HUB_RADIUS,
  layoutNetwork,
  VIEW_HEIGHT,
  VIEW_WIDTH,
  type Branch,
  type Capsule,
  type ItemKind,
} from './tube-layout';

export type QueueOverview = RouterOutputs['queues']['overview'];

/** While events arrive, the overview is re-read about once a second. */
export const OVERVIEW_REFRESH_MS = 1_000;
/**
 * The api serves the overview from a cache of up to 2 s, so a read right after the last event
 * of a burst may predate it: one more read once that window has passed shows the final state.
 */
export const OVERVIEW_SETTLE_MS = 2_500;
/** Only when the api refuses the live stream does the page fall back to polling. */
export const FALLBACK_POLL_MS = 2_000;

const KIND_LABEL = {
  topics: 'Topic queue',
  posts: 'Statement queue',
  messages: 'Message queue',
} as const;
const ITEM_LABEL: Record<ItemKind, string> = {
  topic: 'Topic',
  post: 'Statement',
  message: 'Message',
};
const KIND_CLASS: Record<ItemKind, string | undefined> = {
  topic: styles.topic,
  post: styles.post,
  message: styles.message,
};

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function subscribeToMotion(onChange: () => void) {
  const media = window.matchMedia(REDUCED_MOTION);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeToMotion,
    () => window.matchMedia(REDUCED_MOTION).matches,
    () => false,
  );
}

/** Where the header switches to its phone layout too (components/site-header.module.css). */
const NARROW = '(max-width: 63.98rem)';

function subscribeToWidth(onChange: () => void) {
  const media = window.matchMedia(NARROW);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/**
 * Server-rendered pages draw the network (hidden by CSS on narrow screens until this knows
 * the width), so a phone never flashes a drawing it cannot read.
 */
function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribeToWidth,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}

/** `queues.overview`, re-read when `live.queues` reports movement (throttled, then settled). */
function useLiveOverview(initial: QueueOverview): QueueOverview {
  const [streamDown, setStreamDown] = useState(false);
  const { data, refetch } = api.queues.overview.useQuery(undefined, {
    initialData: initial,
    refetchInterval: streamDown ? FALLBACK_POLL_MS : false,
  });
  const refetchRef = useRef(refetch);
  refetchRef.current = refetch;
  const [throttle] = useState(() =>
    createThrottle(() => void refetchRef.current(), OVERVIEW_REFRESH_MS),
  );
  const settle = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      throttle.cancel();
      if (settle.current) clearTimeout(settle.current);
    },
    [throttle],
  );
  const movement = () => {
    throttle.request();
    if (settle.current) clearTimeout(settle.current);
    settle.current = setTimeout(() => void refetchRef.current(), OVERVIEW_SETTLE_MS);
  };

  api.live.queues.useSubscription(
    {},
    {
      // On every (re)connection: the server-rendered overview may be up to the api's cache
      // window old, and whatever moved while no stream was open reached us in no event.
      onStarted: () => {
        setStreamDown(false);
        movement();
      },
      onData: (envelope) => {
        if (normaliseLiveEvent(envelope.data)) movement();
      },
      onError: () => setStreamDown(true),
    },
  );
  return data ?? initial;
}

const shorten = (text: string, max = 26) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

export function QueueNetwork({ initial }: { initial: QueueOverview }) {
  const reducedMotion = usePrefersReducedMotion();
  const narrow = useNarrowScreen();
  const overview = useLiveOverview(initial);
  const labels = useMemo(
    () => new Map(overview.queues.map((q) => [`${q.kind}:${q.key}`, q.label])),
    [overview.queues],
  );
  const queueLabel = (kind: ItemKind, key: string) =>
    labels.get(`${kind}s:${key}`) ?? (kind === 'topic' ? 'Topic proposals' : key);

  const transitList = (
    <ol className={styles.transit} data-testid="transit-list" aria-label="Items in transit">
      {overview.inTransit.map((item) => (
        <li
          key={`${item.kind}:${item.id}`}
          className={styles.transitItem}
          data-testid="transit-item"
          data-item-id={item.id}
          data-kind={item.kind}
          data-revision={item.revision ? 'true' : undefined}
        >
          <span className={`${styles.swatch} ${KIND_CLASS[item.kind]}`} aria-hidden="true" />
          <span className={styles.position}>#{item.position}</span>
          <span>
            {item.revision ? 'Revision of a statement' : ITEM_LABEL[item.kind]} in{' '}
            {queueLabel(item.kind, item.queueKey)}
          </span>
          <StatusStamp tone={item.reviewState === 'in_review' ? 'review' : 'pending'}>
            {item.reviewState === 'in_review' ? 'Under review' : 'Waiting'}
          </StatusStamp>
          <time dateTime={item.submittedAt.toISOString()} className={styles.time}>
            {formatTimestamp(item.submittedAt)}
          </time>
          {item.preview ? <p className={styles.preview}>{item.preview}</p> : null}
        </li>
      ))}
    </ol>
  );

  const minutes = Math.round(overview.windowMs / 60_000);

  return (
    <>
      <section aria-labelledby="in-transit" className={styles.section}>
        <h2 id="in-transit" className={styles.sectionTitle}>
          In transit
        </h2>
        <p className={styles.summary} aria-live="polite">
          {plural(overview.queues.length, 'active queue')} ·{' '}
          {plural(overview.inTransit.length, 'item')} in the tubes
        </p>
        {reducedMotion ? (
          <div data-testid="queues-static">
            {overview.inTransit.length === 0 ? (
              <p className={styles.empty}>Nothing in the tubes.</p>
            ) : (
              transitList
            )}
          </div>
        ) : (
          <>
            {narrow ? <TubeStack overview={overview} /> : <TubeNetwork overview={overview} />}
            <Legend />
            <div className="visually-hidden">{transitList}</div>
          </>
        )}
      </section>
      <section aria-labelledby="active-queues">
        <h2 id="active-queues" className={tableStyles.sectionTitle}>
          Active queues
        </h2>
        {overview.queues.length === 0 ? (
          <p className={tableStyles.empty}>All tubes are empty. The Overlord waits.</p>
        ) : (
          <div className={tableStyles.tableWrap}>
            <table className={tableStyles.table} role="table">
              <caption className="visually-hidden">
                Active queues, their length and recent activity
              </caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">
                    Queue
                  </th>
                  <th scope="col" role="columnheader">
                    Waiting
                  </th>
                  <th scope="col" role="columnheader">
                    In review
                  </th>
                  <th scope="col" role="columnheader">
                    Decided ({minutes} min)
                  </th>
                  <th scope="col" role="columnheader">
                    Oldest item
                  </th>
                  <th scope="col" role="columnheader">
                    The Overlord on the head of the tube
                  </th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {overview.queues.map((queue) => (
                  <tr
                    key={`${queue.kind}:${queue.key}`}
                    data-testid="queue"
                    data-queue-key={queue.key}
                  >
                    <th scope="row" role="rowheader">
                      <span className={tableStyles.kind}>{KIND_LABEL[queue.kind]}</span>
                      {queue.kind === 'posts' ? (
                        <Link href={`/topics/${queue.key}`}>{queue.label}</Link>
                      ) : (
                        <span>{queue.label}</span>
                      )}
                    </th>
                    <td role="cell" data-label="Waiting">
                      {queue.length}
                    </td>
                    <td role="cell" data-label="In review">
                      {queue.inReview}
                    </td>
                    <td role="cell" data-label={`Decided (${minutes} min)`}>
                      {queue.decidedRecently}
                    </td>
                    <td role="cell" data-label="Oldest item">
                      {queue.oldestSubmittedAt ? (
                        <time dateTime={queue.oldestSubmittedAt.toISOString()}>
                          {formatTimestamp(queue.oldestSubmittedAt)}
                        </time>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td
                      role="cell"
                      data-label="The Overlord on the head of the tube"
                      data-testid="queue-commentary"
                    >
                      {queue.headCommentary ?? '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

/** How long a judged item's capsule takes to be drawn into the hub (queue-network.module.css). */
const DEPART_MS = 700;

const capsuleKey = (capsule: Capsule) => `${capsule.item.kind}:${capsule.item.id}`;

/**
 * Capsules that left the network since the last overview, kept at their last place so they can
 * be drawn into the hub rather than vanish. Their own branch may be gone already (the queue
 * emptied), so they are drawn apart from the branches.
 */
function useDepartures(branches: Branch[]) {
  const [seen, setSeen] = useState(branches);
  const [departing, setDeparting] = useState<Capsule[]>([]);
  if (seen !== branches) {
    // Adjusting state while rendering, from the previous overview (React's documented pattern).
    const present = new Set(branches.flatMap((b) => b.capsules.map(capsuleKey)));
    const gone = seen.flatMap((b) => b.capsules).filter((c) => !present.has(capsuleKey(c)));
    setSeen(branches);
    if (gone.length > 0) {
      const goneKeys = new Set(gone.map(capsuleKey));
      setDeparting((d) => [...d.filter((c) => !goneKeys.has(capsuleKey(c))), ...gone]);
    }
  }
  const done = (key: string) => setDeparting((d) => d.filter((c) => capsuleKey(c) !== key));
  // animationend removes each capsule; this catches any whose animation never ran.
  useEffect(() => {
    if (departing.length === 0) return;
    const keys = new Set(departing.map(capsuleKey));
    const timer = setTimeout(
      () => setDeparting((d) => d.filter((c) => !keys.has(capsuleKey(c)))),
      DEPART_MS * 3,
    );
    return () => clearTimeout(timer);
  }, [departing]);
  return { departing, done };
}

function TubeNetwork({ overview }: { overview: QueueOverview }) {
  const branches = useMemo(
    () => layoutNetwork(overview.queues, overview.inTransit),
    [overview.queues, overview.inTransit],
  );
  const { departing, done } = useDepartures(branches);
  const summary =
    branches.length === 0
      ? 'The hub stands idle: every tube is empty.'
      : branches
          .map(
            (b) =>
              `${b.queue.label}: ${plural(b.capsules.length, 'capsule')} (${b.queue.length} waiting, ${b.queue.inReview} in review)`,
          )
          .join('; ');
  return (
    <figure className={styles.figure}>
      <svg
        viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
        className={styles.network}
        role="img"
        aria-labelledby="tubes-title tubes-desc"
        data-testid="tube-network"
      >
        <title id="tubes-title">Pneumatic-tube network of the Overlord&apos;s queues</title>
        <desc id="tubes-desc">{summary}</desc>
        {branches.map((branch) => (
          <g
            key={branch.id}
            data-testid="tube-branch"
            data-queue-key={branch.queue.key}
            data-queue-kind={branch.queue.kind}
          >
            <g transform={`translate(${CENTRE.x} ${CENTRE.y})`}>
              <g style={{ transform: `rotate(${branch.angle}deg)` }}>
                <rect
                  className={styles.tube}
                  x={HUB_RADIUS - 4}
                  y={-9}
                  height={18}
                  rx={9}
                  style={{ width: branch.reach - HUB_RADIUS + 4 }}
                />
              </g>
            </g>
            <circle className={styles.station} cx={branch.end.x} cy={branch.end.y} r={8} />
            <text
              className={styles.tubeLabel}
              x={branch.label.x}
              y={branch.label.y}
              textAnchor={branch.label.anchor}
              dominantBaseline={branch.label.baseline}
            >
              {shorten(branch.queue.label)}
            </text>
            {branch.capsules.map((capsule) => (
              <g
                key={`${capsule.item.kind}:${capsule.item.id}`}
                className={styles.capsuleMover}
                style={{
                  transform: `translate(${capsule.x}px, ${capsule.y}px) rotate(${capsule.angle}deg)`,
                }}
                data-testid="capsule"
                data-item-id={capsule.item.id}
                data-kind={capsule.item.kind}
                data-review-state={capsule.item.reviewState}
              >
                <CapsuleShape kind={capsule.item.kind} />
              </g>
            ))}
          </g>
        ))}
        <g aria-hidden="true">
          {departing.map((capsule) => (
            <g
              key={capsuleKey(capsule)}
              className={styles.capsuleDeparting}
              style={
                {
                  '--from': `translate(${capsule.x}px, ${capsule.y}px) rotate(${capsule.angle}deg)`,
                  '--to': `translate(${CENTRE.x}px, ${CENTRE.y}px) rotate(${capsule.angle}deg) scale(0.4)`,
                  animationDuration: `${DEPART_MS}ms`,
                } as CSSProperties
              }
              onAnimationEnd={() => done(capsuleKey(capsule))}
              data-testid="capsule-departing"
              data-item-id={capsule.item.id}
            >
              <CapsuleShape kind={capsule.item.kind} />
            </g>
          ))}
        </g>
        <g data-testid="tube-hub">
          <circle className={styles.hub} cx={CENTRE.x} cy={CENTRE.y} r={HUB_RADIUS} />
          <circle className={styles.hubLens} cx={CENTRE.x} cy={CENTRE.y} r={12} />
          <text
            className={styles.hubLabel}
            x={CENTRE.x}
            y={CENTRE.y + HUB_RADIUS - 12}
            textAnchor="middle"
          >
            OVERLORD
          </text>
        </g>
      </svg>
    </figure>
  );
}

/**
 * The network for narrow screens: the hub on top, then one tube per queue, its capsules in a
 * row whose head (position 1) sits at the hub's mouth on the right. New capsules slide in, the
 * one under review pulses, and a judged one is drawn into the hub (queue-network.module.css).
 */
function TubeStack({ overview }: { overview: QueueOverview }) {
  const branches = useMemo(
    () => layoutNetwork(overview.queues, overview.inTransit),
    [overview.queues, overview.inTransit],
  );
  const { departing, done } = useDepartures(branches);
  return (
    <div className={styles.stack}>
      <div className={styles.stackHub} data-testid="tube-hub">
        <span className={styles.stackLens} aria-hidden="true" />
        <span className={styles.stackHubLabel}>The Overlord</span>
        <span className={styles.stackIntake} aria-hidden="true">
          {departing.map((capsule) => (
            <span
              key={capsuleKey(capsule)}
              className={`${styles.pill} ${styles.pillDeparting} ${KIND_CLASS[capsule.item.kind]}`}
              style={{ animationDuration: `${DEPART_MS}ms` }}
              onAnimationEnd={() => done(capsuleKey(capsule))}
              data-testid="capsule-departing"
              data-item-id={capsule.item.id}
            />
          ))}
        </span>
      </div>
      {branches.length === 0 ? (
        <p className={styles.empty}>The hub stands idle: every tube is empty.</p>
      ) : (
        <ol className={styles.tubes} aria-label="Tubes into the hub" data-testid="tube-stack">
          {branches.map((branch) => (
            <li
              key={branch.id}
              className={styles.stackTube}
              data-testid="tube-branch"
              data-queue-key={branch.queue.key}
              data-queue-kind={branch.queue.kind}
            >
              <p className={styles.stackHead}>
                <span className={styles.stackLabel} data-testid="tube-label">
                  {branch.queue.label}
                </span>
                <span className={styles.stackCounts}>
                  {branch.queue.length} waiting · {branch.queue.inReview} in review
                </span>
              </p>
              <div className={styles.pipe}>
                <ol
                  className={styles.pipeCapsules}
                  aria-label={`Capsules for ${branch.queue.label}`}
                >
                  {branch.capsules.map((capsule) => (
                    <li
                      key={capsuleKey(capsule)}
                      className={`${styles.pill} ${KIND_CLASS[capsule.item.kind]}`}
                      data-testid="capsule"
                      data-item-id={capsule.item.id}
                      data-kind={capsule.item.kind}
                      data-review-state={capsule.item.reviewState}
                    >
                      <span className={styles.pillText}>
                        #{capsule.item.position}
                        <span className="visually-hidden">
                          {' '}
                          {ITEM_LABEL[capsule.item.kind]},{' '}
                          {capsule.item.reviewState === 'in_review' ? 'under review' : 'waiting'}
                        </span>
                      </span>
                    </li>
                  ))}
                </ol>
                <span className={styles.pipeMouth} aria-hidden="true" />
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** One capsule, centred on its position; its colour says its kind. */
function CapsuleShape({ kind }: { kind: ItemKind }) {
  return (
    <rect
      className={`${styles.capsule} ${KIND_CLASS[kind]}`}
      x={-9}
      y={-6}
      width={18}
      height={12}
      rx={6}
    />
  );
}

function Legend() {
  return (
    <ul className={styles.legend} aria-label="Capsule colours">
      {(['topic', 'post', 'message'] as const).map((kind) => (
        <li key={kind}>
          <span className={`${styles.swatch} ${KIND_CLASS[kind]}`} aria-hidden="true" />
          {ITEM_LABEL[kind]}s
        </li>
      ))}
    </ul>
  );
}
