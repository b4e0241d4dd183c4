import type {
  CommentaryInput,
  EvaluateInput,
  EvaluateResult,
  ScreenInput,
  ScreenResult,
} from './schemas';

/**
 * One judge, many possible brains. The offline rule engine implements this
 * today; LLM providers will implement the same shape so callers never branch.
 */
export interface Overlord {
  /** Identifies the judge in stored verdicts, e.g. 'offline-v1'. */
  readonly name: string;
  /** Fast safety gate run synchronously on submission. */
  screen(input: ScreenInput): Promise<ScreenResult>;
  /** Full evaluation run by the worker from the queue. */
  evaluate(input: EvaluateInput): Promise<EvaluateResult>;
  /** In-character line for an item waiting in a queue. Synchronous: it is streamed often. */
  commentary(input: CommentaryInput): string;
}
