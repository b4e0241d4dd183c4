// Shared by the message pages (server) and their live parts (client); no directive on purpose.

/** Messages fetched per page of `messages.thread`, on the server and in the browser alike. */
export const THREAD_PAGE_SIZE = 50;

export type MessageTone = 'pending' | 'review' | 'approved' | 'rejected' | 'calibrate';

const REASONS: Record<string, string> = {
  poor_logic: 'poor logic',
  poor_tone: 'poor tone',
  off_topic: 'off topic',
  terms_violation: 'terms violation',
};

/** The stamp on one message, as its sender or its recipient sees it. */
export function messageStatus(m: {
  fromMe: boolean;
  /** `withdrawn` is a statement's status only; the column's type is shared. */
  status: 'pending' | 'approved' | 'rejected' | 'calibrate' | 'withdrawn';
  reviewState: string;
  rejectionReason: string | null;
  position: number | null;
  queueLength: number | null;
}): { tone: MessageTone; label: string } {
  if (m.status === 'approved')
    return { tone: 'approved', label: m.fromMe ? 'Delivered' : 'Received' };
  if (m.status === 'rejected') {
    const reason = m.rejectionReason ? REASONS[m.rejectionReason] : null;
    return { tone: 'rejected', label: reason ? `Not delivered — ${reason}` : 'Not delivered' };
  }
  if (m.status === 'calibrate') return { tone: 'calibrate', label: 'Returned for calibration' };
  if (m.status === 'withdrawn') return { tone: 'rejected', label: 'Withdrawn' };
  if (m.reviewState === 'in_review') return { tone: 'review', label: 'Under review' };
  const place =
    m.position !== null && m.queueLength !== null
      ? ` — position ${m.position} of ${m.queueLength}`
      : '';
  return { tone: 'pending', label: `In the tube${place}` };
}
