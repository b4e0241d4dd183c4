import type { ContentKind } from '../schemas';
import type { Detection } from './detection';
import { contentStems, contentWords } from './stem';
import { clamp01, quoteOf } from './text';

/**
 * Relevance is token overlap between the post and what it answers (topic
 * title, description, tags, and the parent post for replies), after stopword
 * removal and stemming-lite. A shared tag from the keyword vocabulary also
 * counts, so "reactors" stays on topic under "Nuclear power" without a
 * thesaurus.
 */
export type RelevanceInput = {
  kind: ContentKind;
  text: string;
  title: string;
  topic?: { title: string; description: string; tags: string[] } | undefined;
  parent?: { text: string } | undefined;
  /** Vocabulary tags found in the text and in the reference material. */
  textTags: string[];
  referenceTags: string[];
  /** Non-English text is not compared: the offline judge cannot translate. */
  lenient: boolean;
};

export type RelevanceReport = { detections: Detection[]; score: number; sharedStems: string[] };

/** Posts this long that share nothing with their topic are off topic. */
const OFF_TOPIC_MIN_WORDS = 8;
/** Topic descriptions this long should share a word with their title. */
const DESCRIPTION_MIN_WORDS = 10;
/** Replies answering their parent with "that", "you", "I disagree" need no keyword echo. */
const DEICTIC_REPLY =
  /^\s*(?:that|this|it|you|your|i (?:dis)?agree|agreed|true|false|wrong|right|no|yes|exactly|indeed|but|however|actually|not quite|nope)\b|\b(?:you said|your (?:point|argument|claim|post|reasoning)|the previous (?:post|poster))\b/i;
const DEICTIC_OFF_TOPIC_MIN_WORDS = 15;

/** Long posts may mention the topic once in passing and still wander off. */
const LONG_POST_WORDS = 40;

function shared(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((x) => b.has(x));
}

function scoreFor(hits: number, tagShared: boolean): number {
  return clamp01(0.15 + 0.2 * Math.min(hits, 4) + (tagShared ? 0.3 : 0));
}

export function analyseRelevance(input: RelevanceInput): RelevanceReport {
  const none: RelevanceReport = { detections: [], score: 1, sharedStems: [] };
  if (input.kind === 'message') return none;
  if (input.lenient) return { ...none, score: 0.5 };

  const tagShared = input.textTags.some((t) => input.referenceTags.includes(t));
  const postStems = contentStems(input.text);
  const wordCount = contentWords(input.text).length;

  if (input.kind === 'topic') {
    // A topic's description should at least touch its title.
    if (!input.title) return none;
    const hits = shared(postStems, contentStems(input.title));
    const score = Math.max(scoreFor(hits.length + 1, tagShared), hits.length > 0 ? 0.75 : 0);
    const detections: Detection[] =
      hits.length === 0 && !tagShared && wordCount >= DESCRIPTION_MIN_WORDS
        ? [
            {
              dimension: 'relevance',
              code: 'description_mismatch',
              quote: input.title,
              severity: 'soft',
            },
          ]
        : [];
    return { detections, score, sharedStems: hits };
  }

  if (!input.topic && !input.parent) return none;
  const reference = contentStems(
    [
      input.topic?.title,
      input.topic?.title,
      input.topic?.description,
      input.topic?.tags.join(' '),
      input.parent?.text,
    ]
      .filter(Boolean)
      .join('\n')
      .replace(/-/g, ' '),
  );
  const hits = shared(postStems, reference);
  const score = scoreFor(hits.length, tagShared);
  const quote = quoteOf(input.text, 0, input.text.length) || null;
  const ratio = postStems.size === 0 ? 0 : hits.length / postStems.size;

  const answersParent = input.parent !== undefined && DEICTIC_REPLY.test(input.text);
  const offTopicMin = answersParent ? DEICTIC_OFF_TOPIC_MIN_WORDS : OFF_TOPIC_MIN_WORDS;

  let detections: Detection[] = [];
  if (!tagShared && wordCount >= offTopicMin && hits.length === 0) {
    detections = [{ dimension: 'relevance', code: 'off_topic', quote, severity: 'hard' }];
  } else if (!tagShared && wordCount >= LONG_POST_WORDS && hits.length <= 1 && ratio < 0.05) {
    detections = [{ dimension: 'relevance', code: 'off_topic', quote, severity: 'hard' }];
  } else if (!tagShared && !answersParent && hits.length === 0 && wordCount >= 3) {
    detections = [{ dimension: 'relevance', code: 'weak_relevance', quote, severity: 'soft' }];
  }
  // A direct answer to its parent is relevant by construction, whatever its vocabulary.
  const floor = answersParent && detections.length === 0 ? 0.5 : 0;
  return { detections, score: Math.max(score, floor), sharedStems: hits };
}
