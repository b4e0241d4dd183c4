// Whether a citizen wants a reply or mention dispatch: the per-kind choice on the account page
// (docs/product.md §13), plus the accounts that never receive any.

/** Dispatches about other citizens' statements (docs/product.md §17). */
export type ConversationDispatchKind = 'reply' | 'mention';

/**
 * SQL condition on the `users` row aliased `user`: true when that citizen is to receive a
 * dispatch whose kind is the SQL expression `kindSql`. Deleted, banned and system accounts
 * never do.
 */
export function wantsDispatchSql(user: string, kindSql: string): string {
  // Replies and mentions share one choice; `kindSql` stays in the signature so a kind of its own
  // needs no change at the call sites.
  void kindSql;
  return `('replies_and_mentions' = ANY(${user}.dispatch_kinds) AND ${user}.deleted_at IS NULL
           AND ${user}.banned_at IS NULL AND NOT ${user}.is_system)`;
}
