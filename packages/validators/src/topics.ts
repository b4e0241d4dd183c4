import { z } from 'zod';

export const TOPIC_TITLE_MIN = 8;
export const TOPIC_TITLE_MAX = 200;
export const TOPIC_DESCRIPTION_MIN = 20;
export const TOPIC_DESCRIPTION_MAX = 4_000;

export const createTopicInput = z.object({
  title: z
    .string()
    .trim()
    .min(TOPIC_TITLE_MIN, `A topic title needs at least ${TOPIC_TITLE_MIN} characters.`)
    .max(TOPIC_TITLE_MAX, `A topic title has at most ${TOPIC_TITLE_MAX} characters.`),
  description: z
    .string()
    .trim()
    .min(
      TOPIC_DESCRIPTION_MIN,
      `Describe the question in at least ${TOPIC_DESCRIPTION_MIN} characters.`,
    )
    .max(
      TOPIC_DESCRIPTION_MAX,
      `A description has at most ${TOPIC_DESCRIPTION_MAX.toLocaleString('en')} characters.`,
    ),
});
