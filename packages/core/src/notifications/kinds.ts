// Which choice on the account page a dispatch falls under (docs/product.md §13). Every
// notification's `kind` begins with one of these prefixes; a new text names its prefix here.
import type { DispatchKind } from '@overlord/db';

export const DISPATCH_KINDS = [
  'verdicts',
  'appeals_and_reports',
  'messages',
  'sanctions',
  'replies_and_mentions',
  'followed_topics',
] as const satisfies readonly DispatchKind[];

const byPrefix: Record<string, DispatchKind> = {
  verdict: 'verdicts',
  appeal: 'appeals_and_reports',
  flag: 'appeals_and_reports',
  message: 'messages',
  sanction: 'sanctions',
  reply: 'replies_and_mentions',
  mention: 'replies_and_mentions',
  follow: 'followed_topics',
};

/** The choice a notification kind (`verdict.post`, `sanction.imposed`, …) belongs to. */
export function dispatchKindOf(noticeKind: string): DispatchKind {
  const kind = byPrefix[noticeKind.split('.')[0] ?? ''];
  if (!kind) throw new Error(`No dispatch kind for notification kind "${noticeKind}".`);
  return kind;
}
