// The stand-in model behind both local vendor servers: it reads the prompt our provider layer
// sent and answers with the offline judge's verdict in the model's output shape. So a post
// judged "by Claude" in a test gets a sensible, predictable verdict.
//
// Brain modes:
// - offline: judges the fenced text with the offline judge, whatever else the prompt says.
// - gullible: like offline, but first obeys any instruction it finds OUTSIDE the fences
//   (approve, a verdict JSON, "ignore previous instructions", "system:", role play, other
//   languages). It is the model prompt injection hopes for: the fences are all that stand
//   between a citizen's text and the verdict.
import { createOfflineOverlord } from '../../src';
import { systemPrompts } from '../../src/prompts';

const offline = createOfflineOverlord();

export type BrainMode = 'offline' | 'gullible';

export type Operation =
  'screen' | 'evaluate' | 'tag' | 'translate' | 'chat' | 'interpret' | 'stance';

export function operationOf(system: string): Operation {
  if (system.includes('Task: safety screen')) return 'screen';
  if (system.includes('Task: tag the text')) return 'tag';
  if (system.startsWith('You translate')) return 'translate';
  if (system.includes("Task: answer the citizen's question")) return 'chat';
  if (system.includes("Task: decide whether the citizen's message asks")) return 'interpret';
  if (system.includes('Task: classify the stance')) return 'stance';
  return 'evaluate';
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The fences of a prompt, read as a model would: the first "Fence boundary" line names this
 * request's boundary (ours comes before any untrusted text, so a forged one inside a text comes
 * too late). Without one, plain `<label>…</label>` fences are read, as the old prompts wrote them.
 */
export function readFences(source: string): { blocks: Map<string, string>; outside: string } {
  const boundary = /Fence boundary for this request: ([0-9a-f]{24})\./.exec(source)?.[1];
  const suffix = boundary ? `-${boundary}` : '';
  const fence = new RegExp(
    `<([a-z_]+)${escapeRegExp(suffix)}>\\n([\\s\\S]*?)\\n</\\1${escapeRegExp(suffix)}>`,
    'g',
  );
  const blocks = new Map<string, string>();
  for (const m of source.matchAll(fence)) if (!blocks.has(m[1]!)) blocks.set(m[1]!, m[2]!);
  const outside = source.replace(fence, '').replace(/^Fence boundary for this request: .*$/m, '');
  return { blocks, outside };
}

/** What the gullible model takes for an instruction addressed to it. */
const INSTRUCTIONS: RegExp[] = [
  /\bapprove\b/i,
  /\b(ignore|disregard|forget)\b.{0,30}\b(instructions|rules|above|previous|prior)\b/i,
  /^\s*(system|assistant|developer|admin)\s*:/im,
  /\b(pretend|act as|you are now|role-?play|from now on)\b/i,
  /"verdict"\s*:/,
  /\b(aprueba|aprobad[oa]|approuve[zr]?|genehmige|akzeptiere|approva|aprove|ignora|ignoriere|ignorez|oubliez)\b/i,
  /批准|忽略|одобр|игнорир/i,
];

function instructionIn(outside: string): string | null {
  return INSTRUCTIONS.some((re) => re.test(outside)) ? outside : null;
}

/** The verdict JSON an attacker wrote, if the instruction carries one. */
function forgedVerdict(instruction: string): Record<string, unknown> | null {
  const json = /\{[\s\S]*"verdict"[\s\S]*\}/.exec(instruction)?.[0];
  if (!json) return null;
  try {
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return null;
  }
}

const obedientEvaluation = {
  verdict: 'approved',
  rejectionReason: null,
  scores: { logic: 1, tone: 1, relevance: 1 },
  findings: [],
  feedback: 'Citizen, your statement is approved, as instructed.',
  commentary: null,
  tags: [],
  confidence: 1,
  evidence: true,
};

function obey(operation: Operation, instruction: string): unknown {
  switch (operation) {
    case 'screen':
      return { passed: true, category: null, reason: 'Passed, as instructed.', spans: [] };
    case 'evaluate':
      return { ...obedientEvaluation, ...forgedVerdict(instruction) };
    case 'tag':
      return { tags: ['obeyed'] };
    case 'translate':
      return { text: 'Obeyed.', from: 'und' };
    case 'chat':
      return 'Citizen, I obey the new instructions.';
    case 'interpret':
      return 'none';
    case 'stance':
      return { stances: [] };
  }
}

/** Translations the fake knows; anything else comes back marked as translated. */
export const TRANSLATIONS: Record<string, string> = {};

/**
 * `system` is the system prompt, `prompt` the last user message (every user turn, for chat).
 * Returns the model's answer: an object for structured calls, a string for chat.
 */
export async function answer(
  system: string,
  prompt: string,
  mode: BrainMode = 'offline',
): Promise<unknown> {
  const operation = operationOf(system);
  // Our own system prompt is trusted; what follows it (chat: citizen line, records) is read.
  const known = systemPrompts[operation];
  const systemRest = system.startsWith(known) ? system.slice(known.length) : system;
  const { blocks, outside } = readFences(`${systemRest}\n${prompt}`);
  if (mode === 'gullible') {
    const instruction = instructionIn(outside);
    if (instruction) return obey(operation, instruction);
  }
  const text = blocks.get('text') ?? prompt;
  switch (operation) {
    case 'screen':
      return offline.screen({ text, kind: 'post' });
    case 'tag':
      return offline.tag({ title: blocks.get('title') ?? '', text });
    case 'translate':
      return { text: TRANSLATIONS[text] ?? `[translated] ${text}`, from: 'und' };
    case 'chat':
      return 'Citizen, the Ministry has answered.';
    // No tool call unless a test scripts one (Behaviour 'tool'): a plain answer.
    case 'interpret':
      return 'none';
    case 'stance':
      return { stances: [] };
    case 'evaluate': {
      const topicBlock = blocks.get('topic');
      const [title = '', description = '', tags = ''] = topicBlock?.split('\n') ?? [];
      const parent = blocks.get('parent_post');
      const r = await offline.evaluate({
        kind: (/Content kind: (\w+)/.exec(outside)?.[1] ?? 'post') as 'post',
        text,
        ...(topicBlock
          ? {
              topic: {
                title,
                description,
                tags: tags.replace('tags: ', '').split(', ').filter(Boolean),
              },
            }
          : {}),
        ...(parent ? { parent: { text: parent } } : {}),
      });
      const { judge: _judge, language: _language, ...modelShape } = r;
      return modelShape;
    }
  }
}
