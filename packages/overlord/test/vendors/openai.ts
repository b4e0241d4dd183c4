// A local server speaking the OpenAI API: POST /v1/chat/completions (JSON or SSE), /v1/embeddings.
import type { ServerResponse } from 'node:http';

import { embedOffline } from '../../src';
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

type Message = { role: string; content: string | { text?: string }[] };
const textOf = (m: Message | undefined) =>
  !m ? '' : typeof m.content === 'string' ? m.content : m.content.map((p) => p.text ?? '').join('');

async function handle(
  brain: BrainMode,
  req: RecordedRequest,
  behaviour: Behaviour | undefined,
  res: ServerResponse,
) {
  const model = String(req.body.model);
  if (req.path.endsWith('/embeddings')) {
    const input = req.body.input as string[];
    const dimensions = Number(req.body.dimensions ?? 1536);
    sendJson(res, {
      object: 'list',
      data:
        behaviour?.kind === 'json'
          ? behaviour.value
          : input.map((t, index) => ({
              object: 'embedding',
              index,
              embedding: embedOffline(t, dimensions),
            })),
      model,
      usage: { prompt_tokens: tokensOf(input.join(' ')), total_tokens: tokensOf(input.join(' ')) },
    });
    return;
  }
  const messages = (req.body.messages ?? []) as Message[];
  const system = textOf(messages.find((m) => m.role === 'system'));
  const reply =
    behaviour?.kind === 'content'
      ? behaviour.text
      : JSON.stringify(
          behaviour?.kind === 'json'
            ? behaviour.value
            : await answer(
                system,
                messages
                  .filter((m) => m.role === 'user')
                  .map(textOf)
                  .join('\n'),
                brain,
              ),
        );
  const base = { id: 'chatcmpl-local', created: 1_700_000_000, model };
  const text = req.body.stream && !behaviour ? (JSON.parse(reply) as string) : reply;
  const prompt = inputTokensOf(req.body);
  const usage = {
    prompt_tokens: prompt,
    completion_tokens: tokensOf(text),
    total_tokens: prompt + tokensOf(text),
  };
  if (req.body.stream) {
    sendSse(res, [
      {
        data: {
          ...base,
          object: 'chat.completion.chunk',
          choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }],
        },
      },
      ...chunksOf(text).map((t) => ({
        data: {
          ...base,
          object: 'chat.completion.chunk',
          choices: [{ index: 0, delta: { content: t }, finish_reason: null }],
        },
      })),
      {
        data: {
          ...base,
          object: 'chat.completion.chunk',
          choices: [{ index: 0, delta: {}, finish_reason: 'stop' }],
          usage,
        },
      },
      { data: '[DONE]' },
    ]);
    return;
  }
  sendJson(res, {
    ...base,
    object: 'chat.completion',
    choices: [{ index: 0, message: { role: 'assistant', content: reply }, finish_reason: 'stop' }],
    usage,
  });
}

/** baseURL to give an OpenAI-compatible provider: `${url}`. */
export const startOpenAiServer = (opts: VendorServerOptions = {}) =>
  startVendorServer(
    '/v1',
    (req, behaviour, res) => handle(opts.brain ?? 'offline', req, behaviour, res),
    opts,
  );
