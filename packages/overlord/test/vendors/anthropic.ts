// A local server speaking Anthropic's Messages API (POST /v1/messages, JSON or SSE).
import type { ServerResponse } from 'node:http';

import { answer, type BrainMode } from './brain';
import {
  type Behaviour,
  chunksOf,
  type RecordedRequest,
  sendJson,
  sendSse,
  startVendorServer,
  type VendorServerOptions,
} from './server';
import { inputTokensOf, tokensOf } from './tokens';

function systemText(body: Record<string, unknown>): string {
  const s = body.system;
  if (typeof s === 'string') return s;
  if (Array.isArray(s)) return s.map((p: { text?: string }) => p.text ?? '').join('\n');
  return '';
}

/** Every user turn (one for structured calls; the conversation's questions for chat). */
function userText(body: Record<string, unknown>): string {
  const messages = (body.messages ?? []) as {
    role: string;
    content: string | { text?: string }[];
  }[];
  return messages
    .filter((m) => m.role === 'user')
    .map((m) =>
      typeof m.content === 'string' ? m.content : m.content.map((p) => p.text ?? '').join('\n'),
    )
    .join('\n');
}

async function handle(
  brain: BrainMode,
  req: RecordedRequest,
  behaviour: Behaviour | undefined,
  res: ServerResponse,
) {
  const model = String(req.body.model);
  if (behaviour?.kind === 'tool') {
    sendJson(res, {
      id: 'msg_local',
      type: 'message',
      role: 'assistant',
      model,
      content: [
        { type: 'tool_use', id: 'toolu_local', name: behaviour.name, input: behaviour.input },
      ],
      stop_reason: 'tool_use',
      stop_sequence: null,
      usage: { input_tokens: inputTokensOf(req.body), output_tokens: 10 },
    });
    return;
  }
  const reply =
    behaviour?.kind === 'content'
      ? behaviour.text
      : JSON.stringify(
          behaviour?.kind === 'json'
            ? behaviour.value
            : await answer(systemText(req.body), userText(req.body), brain),
        );
  const text = req.body.stream && !behaviour ? (JSON.parse(reply) as string) : reply;
  const usage = { input_tokens: inputTokensOf(req.body), output_tokens: tokensOf(text) };
  if (req.body.stream) {
    sendSse(res, [
      {
        event: 'message_start',
        data: {
          type: 'message_start',
          message: {
            id: 'msg_local',
            type: 'message',
            role: 'assistant',
            model,
            content: [],
            stop_reason: null,
            stop_sequence: null,
            usage: { input_tokens: usage.input_tokens, output_tokens: 1 },
          },
        },
      },
      {
        event: 'content_block_start',
        data: { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
      },
      ...chunksOf(text).map((t) => ({
        event: 'content_block_delta',
        data: { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: t } },
      })),
      { event: 'content_block_stop', data: { type: 'content_block_stop', index: 0 } },
      {
        event: 'message_delta',
        data: {
          type: 'message_delta',
          delta: { stop_reason: 'end_turn', stop_sequence: null },
          usage: { output_tokens: usage.output_tokens },
        },
      },
      { event: 'message_stop', data: { type: 'message_stop' } },
    ]);
    return;
  }
  sendJson(res, {
    id: 'msg_local',
    type: 'message',
    role: 'assistant',
    model,
    content: [{ type: 'text', text: reply }],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage,
  });
}

/** baseURL to give the Anthropic provider: `${url}` (it appends /messages). */
export const startAnthropicServer = (opts: VendorServerOptions = {}) =>
  startVendorServer(
    '/v1',
    (req, behaviour, res) => handle(opts.brain ?? 'offline', req, behaviour, res),
    opts,
  );
export { operationOf } from './brain';
