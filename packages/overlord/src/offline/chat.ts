import type { ChatInput } from '../schemas';
import { pick } from './hash';

const RULES =
  'The Ministry judges every statement on three grounds: logic (no fallacies or contradictions), tone (reasoned argument, no insults or shouting) and relevance (stay on the topic). A safety screen first refuses threats, harassment, doxxing, hate, explicit content, spam, self-harm encouragement and illegal instructions.';

/**
 * The offline Overlord cannot converse; it answers rule questions from the rulebook and
 * lists retrieved content with links, in character, streamed word by word like a model.
 */
export function chatOffline(input: ChatInput): string[] {
  const question = input.messages.at(-1)!.content;
  const name = input.citizen ? `Citizen ${input.citizen.username}` : 'Citizen';
  const parts: string[] = [];
  if (/\b(rule|rules|allowed|forbidden|reject|calibrat|appeal|judge|why)\b/i.test(question)) {
    parts.push(`${name}, the rules are simple. ${RULES}`);
  } else {
    parts.push(
      pick(
        [
          `${name}, the Ministry has consulted its archives.`,
          `${name}, your query has been processed.`,
        ],
        question,
      ),
    );
  }
  const found = input.context ?? [];
  if (found.length)
    parts.push(`Relevant records: ${found.map((c) => `${c.title} (${c.url})`).join('; ')}.`);
  else if (!/rule/i.test(parts[0]!))
    parts.push('No matching records exist. Rephrase your query, or consult the rules.');
  if (input.citizen)
    parts.push(
      `Your loyalty stands at ${input.citizen.loyalty}; the Graveyard holds ${input.citizen.graveyard} of your statements.`,
    );
  return parts.join(' ').split(/(?<= )/);
}
