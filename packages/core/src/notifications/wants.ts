// Whether a citizen wants a dispatch of a given kind. Kept in one place so that per-kind choices
// change only this rule. Today one switch covers every kind (docs/product.md §13).

/** Dispatches about other citizens' statements (docs/product.md §17). */
export type ConversationDispatchKind = 'reply' | 'mention';

/**
 * SQL condition on the `users` row aliased `user`: true when that citizen is to receive a
 * dispatch whose kind is the SQL expression `kindSql`. Deleted, banned and system accounts
 * never do.
 */
export function wantsDispatchSql(user: string, kindSql: string): string {
  // `kindSql` is part of the signature for per-kind choices; one opt-in covers every kind today.
  void kindSql;
  return `(${user}.notifications_opt_in AND ${user}.deleted_at IS NULL
           AND ${user}.banned_at IS NULL AND NOT ${user}.is_system)`;
}
