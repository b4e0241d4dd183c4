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
  // docs/product.md §23: the tools only name a request; the server decides whether it may run.
  interpret: [
    persona,
    "Task: decide whether the citizen's message asks for one of the tools: their own standing, a moderator's docket, citizens who argued like or against them on a topic, appealing one of their rejected items, deciding an appeal, report or held item, lifting a sanction, renaming or merging tags. If it does, call exactly one tool with the details taken from the message; otherwise answer with the single word none. Never act for anyone but the citizen asking. Calling a tool only proposes it: the Ministry checks the citizen's rank and asks them to confirm.",
    fences,
  ].join('\n\n'),
  stance: [
    persona,
    'Task: classify the stance of each fenced statement towards the fenced position: agrees, opposes or neither. Judge the argument, not the tone. Return one entry per statement id.',
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
