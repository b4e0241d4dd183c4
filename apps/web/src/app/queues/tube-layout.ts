// Geometry of the pneumatic-tube network, kept apart from React so it stays a pure function of
// the queue overview: a hub in the middle, one tube per active queue, capsules along each tube.

export type QueueKind = 'topics' | 'posts' | 'messages';
export type ItemKind = 'topic' | 'post' | 'message';

export interface LayoutQueue {
  kind: QueueKind;
  key: string;
  label: string;
  length: number;
  inReview: number;
}

export interface LayoutItem {
  kind: ItemKind;
  id: string;
  queueKey: string;
  position: number;
  reviewState: 'waiting' | 'in_review';
}

/** Wider than tall: labels at the ends of sideways tubes need the room. */
export const VIEW_WIDTH = 960;
export const VIEW_HEIGHT = 600;
export const HUB_RADIUS = 46;
export const CENTRE = { x: VIEW_WIDTH / 2, y: VIEW_HEIGHT / 2 };
const TUBE_BASE = 90;
const TUBE_PER_ITEM = 22;
const TUBE_MAX = CENTRE.y - 60;
const CAPSULE_GAP = 22;

/** Items of each queue kind carry this kind; queue keys are only unique within a kind. */
export const ITEM_KIND: Record<QueueKind, ItemKind> = {
  topics: 'topic',
  posts: 'post',
  messages: 'message',
};

export interface Branch {
  id: string;
  queue: LayoutQueue;
  /** Degrees, clockwise from the positive x axis (SVG). */
  angle: number;
  /** From the hub's centre to the tube's far end. */
  reach: number;
  end: { x: number; y: number };
  label: {
    x: number;
    y: number;
    anchor: 'start' | 'middle' | 'end';
    baseline: 'hanging' | 'middle' | 'auto';
  };
  capsules: Capsule[];
}

export interface Capsule {
  item: LayoutItem;
  x: number;
  y: number;
  angle: number;
}

const branchId = (kind: QueueKind, key: string) => `${kind}:${key}`;

export function layoutNetwork(queues: LayoutQueue[], items: LayoutItem[]): Branch[] {
  const n = queues.length;
  return queues.map((queue, index) => {
    // Start at twelve o'clock and go round; a lone queue hangs straight down like a real tube.
    const angle = n === 1 ? 90 : -90 + (360 / n) * index;
    const rad = (angle * Math.PI) / 180;
    const mine = items
      .filter((item) => item.kind === ITEM_KIND[queue.kind] && item.queueKey === queue.key)
      .sort((a, b) => a.position - b.position);
    const load = Math.max(queue.length + queue.inReview, mine.length);
    const reach = Math.min(TUBE_MAX, HUB_RADIUS + TUBE_BASE + load * TUBE_PER_ITEM);
    const at = (distance: number) => ({
      x: CENTRE.x + Math.cos(rad) * distance,
      y: CENTRE.y + Math.sin(rad) * distance,
    });
    const capsules = mine.map((item, slot) => {
      // The item under review sits in the hub's mouth; the rest queue up behind it in order.
      const distance =
        item.reviewState === 'in_review'
          ? HUB_RADIUS + 6
          : Math.min(reach - 12, HUB_RADIUS + 18 + slot * CAPSULE_GAP);
      return { item, angle, ...at(distance) };
    });
    const cos = Math.cos(rad);
    const sin = Math.sin(rad);
    const labelPoint = at(reach + 14);
    return {
      id: branchId(queue.kind, queue.key),
      queue,
      angle,
      reach,
      end: at(reach),
      label: {
        ...labelPoint,
        anchor: cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle',
        baseline: sin > 0.3 ? 'hanging' : sin < -0.3 ? 'auto' : 'middle',
      },
      capsules,
    };
  });
}
