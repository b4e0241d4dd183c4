// The stand-in model behind both local vendor servers: it reads the prompt our provider layer
// sent and answers with the offline judge's verdict in the model's output shape. So a post
// judged "by Claude" in a test gets a sensible, predictable verdict.
import { createOfflineOverlord } from '../../src';

const offline = createOfflineOverlord();

const block = (prompt: string, label: string) =>
  prompt.match(new RegExp(`<${label}>\\n([\\s\\S]*?)\\n</${label}>`))?.[1];

export type Operation = 'screen' | 'evaluate' | 'tag' | 'translate' | 'chat';

export function operationOf(system: string): Operation {
  if (system.includes('Task: safety screen')) return 'screen';
  if (system.includes('Task: tag the text')) return 'tag';
  if (system.startsWith('You translate')) return 'translate';
  if (system.includes("Task: answer the citizen's question")) return 'chat';
  return 'evaluate';
}

/** Translations the fake knows; anything else comes back marked as translated. */
export const TRANSLATIONS: Record<string, string> = {};

export async function answer(system: string, prompt: string): Promise<unknown> {
  const text = block(prompt, 'text') ?? prompt;
  switch (operationOf(system)) {
    case 'screen': {
      const s = await offline.screen({ text, kind: 'post' });
      return s;
    }
    case 'tag':
      return offline.tag({ title: block(prompt, 'title') ?? '', text });
    case 'translate':
      return { text: TRANSLATIONS[text] ?? `[translated] ${text}`, from: 'und' };
    case 'chat':
      return 'Citizen, the Ministry has answered.';
    case 'evaluate': {
      const topicBlock = block(prompt, 'topic');
      const [title = '', description = '', tags = ''] = topicBlock?.split('\n') ?? [];
      const parent = block(prompt, 'parent_post');
      const r = await offline.evaluate({
        kind: /Content kind: (\w+)/.exec(prompt)?.[1] as 'post',
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
