// Live stream events, in one shape whatever the api sends. Streams now carry
// `{ type: 'decided', kind: 'post', id, queueKey, … }`; entries written before that change
// (`{ type: 'post.decided', postId, topicId, … }`) stay in Redis for up to 30 minutes after a
// deploy and are still understood. Pages read only the normalised form.

export type LiveItemKind = 'topic' | 'post' | 'message';
export type LiveEventType = 'submitted' | 'in_review' | 'decided';
export type LiveStatus = 'pending' | 'approved' | 'rejected' | 'calibrate' | 'withdrawn';

export interface LiveEvent {
  type: LiveEventType;
  kind: LiveItemKind;
  id: string;
  /** 'global' for topics, the topic id for posts, an opaque key for conversations. */
  queueKey: string;
  status: LiveStatus;
  at: string;
}

const TYPES = new Set<string>(['submitted', 'in_review', 'decided']);
const KINDS = new Set<string>(['topic', 'post', 'message']);
const STATUSES = new Set<string>(['pending', 'approved', 'rejected', 'calibrate', 'withdrawn']);

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function normaliseLiveEvent(raw: unknown): LiveEvent | null {
  if (!raw || typeof raw !== 'object') return null;
  const event = raw as Record<string, unknown>;
  const rawType = str(event.type);
  const status = str(event.status);
  const at = str(event.at) ?? new Date(0).toISOString();
  if (!rawType || !status || !STATUSES.has(status)) return null;

  if (rawType.startsWith('post.')) {
    const type = rawType.slice('post.'.length);
    const id = str(event.postId);
    const queueKey = str(event.topicId);
    if (!TYPES.has(type) || !id || !queueKey) return null;
    return {
      type: type as LiveEventType,
      kind: 'post',
      id,
      queueKey,
      status: status as LiveStatus,
      at,
    };
  }

  const kind = str(event.kind);
  const id = str(event.id);
  const queueKey = str(event.queueKey);
  if (!TYPES.has(rawType) || !kind || !KINDS.has(kind) || !id || !queueKey) return null;
  return {
    type: rawType as LiveEventType,
    kind: kind as LiveItemKind,
    id,
    queueKey,
    status: status as LiveStatus,
    at,
  };
}

/**
 * Runs `task` at most once per `intervalMs`, however many times it is asked for: a burst of
 * events costs one refetch at its start and one at its end, never one per event.
 */
export function createThrottle(task: () => void, intervalMs: number) {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    request() {
      if (timer) return;
      const wait = Math.max(0, last + intervalMs - Date.now());
      timer = setTimeout(() => {
        timer = null;
        last = Date.now();
        task();
      }, wait);
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
