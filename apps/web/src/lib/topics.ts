/** Said to a signed-in citizen outside the top tenth (docs/product.md §2, §4). */
export const TOPIC_RIGHT_REFUSAL =
  'Topic creation is reserved for the most loyal tenth of citizens and for officials. Raise your loyalty by making approved statements. Your draft is kept in this browser.';
