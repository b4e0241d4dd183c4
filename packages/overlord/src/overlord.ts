import type {
  ChatInput,
  ChatIntent,
  InterpretInput,
  Stance,
  StanceInput,
  CommentaryInput,
  EmbedResult,
  EvaluateInput,
  EvaluateResult,
  ScreenInput,
  ScreenResult,
  TagInput,
  TagResult,
  TranslateInput,
  TranslateResult,
} from './schemas';

/**
 * One judge, many possible brains: the offline rule engine or an LLM provider. Callers never
 * branch on which; every result is validated against the zod schemas in ./schemas.
 */
export interface Overlord {
  /** Identifies the judge in stored verdicts, e.g. 'offline-v1' or 'anthropic:claude-…'. */
  readonly name: string;
  /** The model `embed` uses; stored with every vector so a change can trigger re-embedding. */
  readonly embeddingModel: string;
  /** True when `translate` really translates (a provider is configured). */
  readonly translates: boolean;
  /** Fast safety gate run synchronously on submission. */
  screen(input: ScreenInput): Promise<ScreenResult>;
  /** Full evaluation run by the worker from the queue. */
  evaluate(input: EvaluateInput): Promise<EvaluateResult>;
  /** Up to five kebab-case tags, reusing known ones. */
  tag(input: TagInput): Promise<TagResult>;
  /** Into English by default; offline returns the text unchanged with `translated: false`. */
  translate(input: TranslateInput): Promise<TranslateResult>;
  /** One vector per text; the model name and dimension travel with them. */
  embed(texts: string[]): Promise<EmbedResult>;
  /** Ask the Overlord: the answer streams as text chunks. */
  chat(input: ChatInput): AsyncIterable<string>;
  /**
   * Ask the Overlord acts (docs/product.md §23): the request a question makes, if any (a model
   * through tool calling, offline by parsing the words). Only a request: the server decides.
   */
  interpret(input: InterpretInput): Promise<ChatIntent | null>;
  /** Each statement's stance towards a position; null when this judge cannot tell (offline). */
  classifyStances(input: StanceInput): Promise<Record<string, Stance> | null>;
  /** In-character line for an item waiting in a queue. Synchronous: it is streamed often. */
  commentary(input: CommentaryInput): string;
}
