import { embedMany, generateText, Output, streamText, tool } from 'ai';
import { z } from 'zod';

import {
  EMBEDDING_DIMENSIONS,
  embedManyOffline,
  OFFLINE_EMBEDDING_MODEL,
} from '../embedding/offline';
import { evaluateOffline } from '../offline/evaluate';
import { parseIntent } from '../offline/intents';
import { detectLanguage } from '../offline/language';
import { screenOffline } from '../offline/screen';
import { normaliseTag } from '../offline/tags';
import { queueCommentary } from '../offline/voice/commentary';
import type { Overlord } from '../overlord';
import { systemPrompts } from '../prompts';
import {
  ChatInputSchema,
  ChatIntentSchema,
  CommentaryInputSchema,
  InterpretInputSchema,
  StanceInputSchema,
  StanceSchema,
  EvaluateInputSchema,
  EvaluateResultSchema,
  FindingSchema,
  RejectionReasonSchema,
  SafetyCategorySchema,
  ScreenInputSchema,
  ScreenResultSchema,
  TagInputSchema,
  TranslateInputSchema,
  VerdictSchema,
} from '../schemas';
import { callProvider, toOverlordError } from './call';
import type { CallRecord, Operation, ProviderCall, ResolvedOverlordConfig } from './config';
import { OverlordError } from './config';
import { type Fence, type FenceFactory, randomFence } from './fence';
import { buildRoutes, type Route } from './models';
import { costOf } from './prices';

// What the model is asked to produce: our schemas minus the fields we fill in ourselves.
const unit = z.number().min(0).max(1);
const ModelScreen = z.object({
  passed: z.boolean(),
  category: SafetyCategorySchema.nullable(),
  reason: z.string().min(1),
  spans: z.array(z.string()),
});
const ModelEvaluation = z.object({
  verdict: VerdictSchema,
  rejectionReason: RejectionReasonSchema.nullable(),
  scores: z.object({ logic: unit, tone: unit, relevance: unit }),
  findings: z.array(FindingSchema),
  feedback: z.string().min(1),
  commentary: z.string().nullable(),
  tags: z.array(z.string()),
  confidence: unit,
  evidence: z.boolean(),
});
const ModelTags = z.object({ tags: z.array(z.string()) });
const ModelTranslation = z.object({ text: z.string().min(1), from: z.string() });
const ModelStances = z.object({
  stances: z.array(z.object({ id: z.string(), stance: StanceSchema })),
});

/**
 * docs/product.md §23: one tool per request kind, built from the intent schema itself (minus its
 * `kind`), so what a model can name is exactly what the server knows how to check. Every tool is
 * offered to every asker: what the asker may do is decided by the server, never by which tools the
 * model saw. No tool has an `execute`: a call is only returned, never run here.
 */
const chatTools = Object.fromEntries(
  ChatIntentSchema.options.map((option) => [
    option.shape.kind.value,
    tool({
      description: {
        standing: "The asking citizen's own standing: loyalty, rank, badges, active sanctions.",
        docket: "A moderator's docket: pending appeals, reports and held items.",
        voices: 'Citizens who argued like (similar) or against (opposing) the asker on a topic.',
        appeal:
          "Appeal one of the asker's rejected statements or topic proposals, named by what it was about.",
        decideAppeal: 'Decide a pending appeal (its id, #position on the docket, or appellant).',
        decideFlag: 'Decide a pending report (its id, #position on the docket, or reporter).',
        decideHeld: 'Release or reject a held item (its id or #position on the docket).',
        liftSanction: "Lift a citizen's active sanction.",
        renameTag: 'Rename a tag.',
        mergeTags: 'Merge one tag into another.',
      }[option.shape.kind.value],
      inputSchema: (option as z.ZodObject).omit({ kind: true }),
    }),
  ]),
);

/** A request's lines: the fence header first, then trusted lines and fenced untrusted text. */
const promptOf = (fence: Fence, lines: string[]) =>
  [fence.header, ...lines].filter(Boolean).join('\n');

const cleanTags = (tags: string[]) =>
  [...new Set(tags.map(normaliseTag).filter((t) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(t)))].slice(
    0,
    5,
  );

export interface LlmOverlordOptions {
  onCall?: ((record: CallRecord) => void) | undefined;
  /** How untrusted text is fenced. Only tests replace it (to show what an unfenced prompt lets through). */
  fence?: FenceFactory;
}

export function createLlmOverlord(
  config: ResolvedOverlordConfig,
  { onCall: onPricedCall, fence: newFence = randomFence }: LlmOverlordOptions = {},
): Overlord {
  const onCall =
    onPricedCall &&
    ((call: ProviderCall) => onPricedCall({ ...call, ...costOf(config.prices, call) }));
  const routes = buildRoutes(config);
  const timeoutFor = (op: Operation) =>
    op === 'screen'
      ? config.timeouts.screenMs
      : op === 'evaluate' || op === 'chat'
        ? config.timeouts.evaluateMs
        : config.timeouts.defaultMs;
  const policy = (op: Operation, route: { provider: string; modelId: string }) => ({
    operation: op,
    provider: route.provider,
    model: route.modelId,
    timeoutMs: timeoutFor(op),
    retries: config.retries,
    onCall,
  });

  async function structured<S extends z.ZodType>(
    op: Operation,
    route: Route,
    system: string,
    prompt: string,
    schema: S,
  ): Promise<z.infer<S>> {
    return callProvider(policy(op, route), async (abortSignal) => {
      const result = await generateText({
        model: route.model,
        system,
        prompt,
        output: Output.object({ schema }),
        maxRetries: 0,
        abortSignal,
      });
      return {
        value: result.output as z.infer<S>,
        inputTokens: result.usage.inputTokens,
        outputTokens: result.usage.outputTokens,
      };
    });
  }

  const name = `${routes.strong.provider}:${routes.strong.modelId}`;
  return {
    name,
    translates: true,
    embeddingModel: routes.embedding?.modelId ?? OFFLINE_EMBEDDING_MODEL,

    async screen(raw) {
      const input = ScreenInputSchema.parse(raw);
      // The rule screen is free and precise: what it catches needs no model call.
      const local = screenOffline(input);
      if (!local.passed) return local;
      const fence = newFence([input.text]);
      const out = await structured(
        'screen',
        routes.fast,
        systemPrompts.screen,
        promptOf(fence, [`Content kind: ${input.kind}`, fence.wrap('text', input.text)]),
        ModelScreen,
      );
      const parsed = ScreenResultSchema.safeParse({
        ...out,
        spans: out.spans.filter((s) => input.text.includes(s)),
      });
      if (!parsed.success) throw new OverlordError('malformed', 'inconsistent screen result');
      return parsed.data;
    },

    async evaluate(raw) {
      const input = EvaluateInputSchema.parse(raw);
      const language = detectLanguage(input.text);
      // Defence in depth, as offline: a rule-screen failure is decided without the model.
      if (!screenOffline({ text: input.text, kind: input.kind }).passed)
        return { ...evaluateOffline(input), judge: name };
      const topic = input.topic
        ? `${input.topic.title}\n${input.topic.description}\ntags: ${input.topic.tags.join(', ')}`
        : null;
      const fence = newFence([
        input.text,
        topic ?? '',
        input.parent?.text ?? '',
        input.title ?? '',
      ]);
      const context = [
        `Content kind: ${input.kind}`,
        topic ? fence.wrap('topic', topic) : 'No topic (private message): relevance is 1.',
        input.parent ? fence.wrap('parent_post', input.parent.text) : '',
        input.title ? fence.wrap('title', input.title) : '',
        `Known tags: ${(input.knownTags ?? []).join(', ') || 'none'}`,
        fence.wrap('text', input.text),
      ];
      const out = await structured(
        'evaluate',
        routes.strong,
        systemPrompts.evaluate,
        promptOf(fence, context),
        ModelEvaluation,
      );
      const parsed = EvaluateResultSchema.safeParse({
        ...out,
        rejectionReason: out.verdict === 'rejected' ? out.rejectionReason : null,
        // Quotes must be verbatim so the UI can highlight them; a paraphrase is dropped.
        findings: out.findings.map((f) => ({
          ...f,
          quote: f.quote && input.text.includes(f.quote) ? f.quote : null,
        })),
        tags: out.rejectionReason === 'terms_violation' ? [] : cleanTags(out.tags),
        judge: name,
        language,
      });
      if (!parsed.success) throw new OverlordError('malformed', 'inconsistent evaluation');
      return parsed.data;
    },

    async tag(raw) {
      const input = TagInputSchema.parse(raw);
      const fence = newFence([input.title, input.text]);
      const out = await structured(
        'tag',
        routes.fast,
        systemPrompts.tag,
        promptOf(fence, [
          `Known tags: ${(input.knownTags ?? []).join(', ') || 'none'}`,
          fence.wrap('title', input.title),
          fence.wrap('text', input.text),
        ]),
        ModelTags,
      );
      return { tags: cleanTags(out.tags) };
    },

    async translate(raw) {
      const input = TranslateInputSchema.parse(raw);
      const from = input.from ?? detectLanguage(input.text);
      if (from === input.to)
        return { text: input.text, from, to: input.to, translated: false, provider: 'none' };
      const fence = newFence([input.text]);
      const out = await structured(
        'translate',
        routes.translation,
        systemPrompts.translate,
        promptOf(fence, [
          `Translate from ${from} (ISO 639-3; 'und' = detect it) into ${input.to} (ISO 639-3).`,
          fence.wrap('text', input.text),
        ]),
        ModelTranslation,
      );
      return {
        text: out.text,
        from: from === 'und' && out.from.length >= 3 ? out.from : from,
        to: input.to,
        translated: true,
        provider: `${routes.translation.provider}:${routes.translation.modelId}`,
      };
    },

    async embed(texts) {
      const route = routes.embedding;
      if (!route) return embedManyOffline(texts);
      return callProvider(policy('embed', route), async (abortSignal) => {
        const result = await embedMany({
          model: route.model,
          values: texts,
          maxRetries: 0,
          abortSignal,
          providerOptions: { openai: { dimensions: EMBEDDING_DIMENSIONS } },
        });
        if (result.embeddings.some((v) => v.length !== EMBEDDING_DIMENSIONS))
          throw new OverlordError('malformed', `embeddings are not ${EMBEDDING_DIMENSIONS}-d`);
        return {
          value: {
            model: route.modelId,
            dimensions: EMBEDDING_DIMENSIONS,
            vectors: result.embeddings,
          },
          inputTokens: result.usage.tokens,
        };
      });
    },

    async *chat(raw) {
      const input = ChatInputSchema.parse(raw);
      const route = routes.strong;
      const citizen = input.citizen
        ? `You are speaking with citizen ${input.citizen.username} (loyalty ${input.citizen.loyalty}, ${input.citizen.graveyard} statements in the Graveyard).`
        : 'The citizen is anonymous.';
      const recordTexts = (input.context ?? []).map((c) => `${c.title} — ${c.url}\n${c.text}`);
      const fence = newFence([...recordTexts, ...input.messages.map((m) => m.content)]);
      const records = recordTexts.map((r) => fence.wrap('record', r)).join('\n');
      // The citizen's turns are fenced like any other untrusted text; the Overlord's own earlier
      // answers (kept by the server, never taken from the client) are not.
      const messages = input.messages.map((m) =>
        m.role === 'user' ? { ...m, content: fence.wrap('question', m.content) } : m,
      );
      const started = performance.now();
      let attempts = 0;
      let usage = { input: 0, output: 0 };
      const account = (ok: boolean, error?: OverlordError) =>
        onCall?.({
          operation: 'chat',
          provider: route.provider,
          model: route.modelId,
          ok,
          ...(error ? { error: error.kind } : {}),
          attempts,
          latencyMs: performance.now() - started,
          inputTokens: usage.input,
          outputTokens: usage.output,
        });
      // Retries only before the first chunk: once text reached the citizen we cannot rewind.
      for (;;) {
        attempts++;
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), config.timeouts.evaluateMs);
        let yielded = false;
        try {
          const result = streamText({
            model: route.model,
            system: `${systemPrompts.chat}\n\n${fence.header}\n${citizen}\n${records || 'No records were retrieved.'}`,
            messages,
            maxRetries: 0,
            abortSignal: controller.signal,
            // Errors arrive as stream parts below; the default handler would only log them.
            onError: () => {},
          });
          for await (const part of result.fullStream) {
            if (part.type === 'error') throw part.error;
            if (part.type === 'abort') throw new Error('aborted');
            if (part.type === 'text-delta' && part.text) {
              yielded = true;
              yield part.text;
            }
            if (part.type === 'finish')
              usage = {
                input: part.totalUsage.inputTokens ?? 0,
                output: part.totalUsage.outputTokens ?? 0,
              };
          }
          account(true);
          return;
        } catch (raw) {
          const error = toOverlordError(raw, controller.signal.aborted);
          const retryable = error.kind === 'rate_limited' || error.kind === 'unavailable';
          if (yielded || !retryable || attempts > config.retries.max) {
            account(false, error);
            throw error;
          }
          await new Promise((r) => setTimeout(r, config.retries.baseDelayMs * 2 ** (attempts - 1)));
        } finally {
          clearTimeout(timer);
        }
      }
    },

    async interpret(raw) {
      const input = InterpretInputSchema.parse(raw);
      const fence = newFence([input.question]);
      try {
        return await callProvider(policy('chat', routes.fast), async (abortSignal) => {
          const result = await generateText({
            model: routes.fast.model,
            system: `${systemPrompts.interpret}\n\n${fence.header}`,
            prompt: fence.wrap('question', input.question),
            tools: chatTools,
            toolChoice: 'auto',
            maxRetries: 0,
            abortSignal,
          });
          const call = result.toolCalls[0];
          // What the model named is validated like any untrusted input; nonsense is no request.
          const parsed = call
            ? ChatIntentSchema.safeParse({ ...(call.input as object), kind: call.toolName })
            : null;
          return {
            value: parsed?.success ? parsed.data : null,
            inputTokens: result.usage.inputTokens,
            outputTokens: result.usage.outputTokens,
          };
        });
      } catch {
        // The model unavailable: the rules still understand plain requests.
        return parseIntent(input.question);
      }
    },

    async classifyStances(raw) {
      const input = StanceInputSchema.parse(raw);
      if (!input.statements.length) return {};
      const fence = newFence([input.position, ...input.statements.map((s) => s.text)]);
      const out = await structured(
        'chat',
        routes.fast,
        systemPrompts.stance,
        promptOf(fence, [
          fence.wrap('position', input.position),
          ...input.statements.map(
            (s) => `Statement id ${s.id}:\n${fence.wrap('statement', s.text)}`,
          ),
        ]),
        ModelStances,
      );
      const ids = new Set(input.statements.map((s) => s.id));
      return Object.fromEntries(
        out.stances.filter((s) => ids.has(s.id)).map((s) => [s.id, s.stance]),
      );
    },

    commentary: (input) => {
      // Streamed several times a second to every watcher: never a model call.
      const { position, total, kind } = CommentaryInputSchema.parse(input);
      return queueCommentary(position, total, kind);
    },
  };
}
