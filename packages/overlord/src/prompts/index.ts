import { readFileSync } from 'node:fs';

/** The folder the prompt files live in. */
const PROMPT_DIR = 'v1';
/**
 * Bump when any prompt changes meaningfully: it is part of the semantic cache key.
 * v1.1: untrusted text behind per-call random fences (fences.md).
 */
export const PROMPT_VERSION = 'v1.1';

const read = (name: string) =>
  readFileSync(new URL(`./${PROMPT_DIR}/${name}.md`, import.meta.url), 'utf8').trim();

// Read once at start-up: the files are part of the package, not configuration.
const persona = read('persona');
const rules = read('rules');
const categories = read('categories');
const examples = read('examples');
const output = read('output-schema');
const fences = read('fences');

export const systemPrompts = {
  screen: [
    persona,
    categories,
    'Task: safety screen only. Fail the text if it falls in a safety category; otherwise pass it. Tone, logic and relevance are NOT your concern here.',
    fences,
    output,
  ].join('\n\n'),
  evaluate: [persona, rules, categories, examples, fences, output].join('\n\n'),
  tag: [persona, rules, 'Task: tag the text. Return only tags.', fences].join('\n\n'),
  translate: [
    'You translate forum posts into the requested language faithfully. Keep insults, slurs and threats as they are (moderation judges the translation). Do not add commentary.',
    fences,
    output,
  ].join('\n\n'),
  chat: [
    persona,
    rules,
    "Task: answer the citizen's question about the forum, its rules, debates and citizens. Use only the records given; link them as [title](url). If nothing fits, say so. Be brief. You keep no memory across sessions.",
    fences,
  ].join('\n\n'),
};
