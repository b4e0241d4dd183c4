// Mirrors the api's createTopicInput limits (packages/trpc topics.schema.ts) for instant
// feedback in the proposal form. Re-declared here: server schema modules stay out of the
// browser bundle.
export const TITLE_MIN = 8;
export const TITLE_MAX = 200;
export const DESCRIPTION_MIN = 20;
export const DESCRIPTION_MAX = 4_000;

export interface TopicFields {
  title: string;
  description: string;
}

export type TopicErrors = Partial<Record<keyof TopicFields, string>>;

export function validateTopic({ title, description }: TopicFields): TopicErrors {
  const errors: TopicErrors = {};
  const t = title.trim();
  const d = description.trim();
  if (t.length < TITLE_MIN) errors.title = `A topic title needs at least ${TITLE_MIN} characters.`;
  else if (t.length > TITLE_MAX)
    errors.title = `A topic title has at most ${TITLE_MAX} characters.`;
  if (d.length < DESCRIPTION_MIN)
    errors.description = `Describe the question in at least ${DESCRIPTION_MIN} characters.`;
  else if (d.length > DESCRIPTION_MAX)
    errors.description = `A description has at most ${DESCRIPTION_MAX.toLocaleString('en')} characters.`;
  return errors;
}

/** Said to a signed-in citizen outside the top tenth (docs/product.md §2, §4). */
export const TOPIC_RIGHT_REFUSAL =
  'Topic creation is reserved for the most loyal tenth of citizens and for officials. Raise your loyalty by making approved statements. Your draft is kept in this browser.';
