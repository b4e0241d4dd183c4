// Shared by the topic page (server) and its live list (client); no directive on purpose.

/** Posts fetched per page of `posts.byTopic`, on the server and in the browser alike. */
export const POSTS_PAGE_SIZE = 100;

export interface ThreadNode<P> {
  post: P;
  replies: ThreadNode<P>[];
  /** A reply whose parent is not (or no longer) on the public record. */
  orphan: boolean;
}

/**
 * Threads a flat list in submission order: each reply goes under its parent, and every level
 * keeps submission order (the order of the input). Replies whose parent is not in the list are
 * shown at the top level, in their own place in that order.
 */
export function buildThread<P extends { id: string; parentId: string | null }>(
  posts: readonly P[],
): ThreadNode<P>[] {
  const nodes = new Map<string, ThreadNode<P>>();
  for (const post of posts) nodes.set(post.id, { post, replies: [], orphan: false });
  const roots: ThreadNode<P>[] = [];
  for (const node of nodes.values()) {
    const parent = node.post.parentId ? nodes.get(node.post.parentId) : undefined;
    if (parent && parent !== node) {
      parent.replies.push(node);
    } else {
      node.orphan = node.post.parentId !== null;
      roots.push(node);
    }
  }
  return roots;
}

export type ReviewTone = 'pending' | 'review' | 'approved';

export function reviewStatus(post: { status: 'pending' | 'approved'; reviewState: string }): {
  tone: ReviewTone;
  label: string;
} {
  if (post.status === 'approved') return { tone: 'approved', label: 'Approved' };
  if (post.reviewState === 'in_review') return { tone: 'review', label: 'Under review' };
  return { tone: 'pending', label: 'In evaluation — waiting' };
}
