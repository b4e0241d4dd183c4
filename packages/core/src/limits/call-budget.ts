// A cap on model calls per hour, shared by every api and worker instance (one row per hour in
// Postgres, taken before each call). The synchronous screen counts like any other call. When
// the cap is reached a call is refused before it is made: the screen then fails closed (the
// item is held for a moderator, never approved) and queued evaluations wait in order, without
// counting as failures, until the next hour.
import type { Db } from '@overlord/db';
import { sqlPool } from '@overlord/db';
import type { Overlord } from '@overlord/overlord';

/**
 * A model call refused before it was made because a budget is spent (the hourly call cap, the
 * daily spend cap). Never the item's fault: the screen holds it for a moderator (fail closed),
 * and a queued head waits in place until `retryAt` without counting as a failure (review/run.ts).
 */
export class ModelBudgetExhausted extends Error {
  constructor(
    message: string,
    /** When the head should look again. */
    readonly retryAt: Date,
  ) {
    super(message);
    this.name = 'ModelBudgetExhausted';
  }
}

export class CallBudgetExhausted extends ModelBudgetExhausted {
  constructor(
    readonly perHour: number,
    readonly resetsAt: Date,
  ) {
    super(
      `the hourly budget of ${perHour} model calls is spent until ${resetsAt.toISOString()}`,
      resetsAt,
    );
    this.name = 'CallBudgetExhausted';
  }
}

/** Takes one call from this hour's budget; throws CallBudgetExhausted when none is left. */
export async function takeModelCall(db: Db, perHour: number): Promise<void> {
  const { rows } = await sqlPool(db).query<{ calls: number }>({
    name: 'model-call-budget',
    text: `INSERT INTO model_call_hours AS h (hour, calls) VALUES (date_trunc('hour', now()), 1)
           ON CONFLICT (hour) DO UPDATE SET calls = h.calls + 1 WHERE h.calls < $1
           RETURNING calls`,
    values: [perHour],
  });
  if (rows.length === 0) {
    const resetsAt = new Date(Math.floor(Date.now() / 3_600_000 + 1) * 3_600_000);
    throw new CallBudgetExhausted(perHour, resetsAt);
  }
}

/** Model calls made so far this hour (for queue estimates and operators). */
export async function modelCallsThisHour(db: Db): Promise<number> {
  const { rows } = await sqlPool(db).query<{ calls: number }>(
    `SELECT calls FROM model_call_hours WHERE hour = date_trunc('hour', now())`,
  );
  return rows[0]?.calls ?? 0;
}

/** The Overlord with every paid call (screen, evaluate, tag, translate, chat) counted first. */
export function withCallBudget(base: Overlord, db: Db, perHour: number): Overlord {
  return guardPaidCalls(base, () => takeModelCall(db, perHour));
}

/** The Overlord with `take` run before every paid call (it throws to refuse the call). */
export function guardPaidCalls(base: Overlord, take: () => Promise<void>): Overlord {
  return {
    name: base.name,
    embeddingModel: base.embeddingModel,
    translates: base.translates,
    screen: async (input) => (await take(), base.screen(input)),
    evaluate: async (input) => (await take(), base.evaluate(input)),
    tag: async (input) => (await take(), base.tag(input)),
    translate: async (input) => (await take(), base.translate(input)),
    embed: (texts) => base.embed(texts),
    chat: (input) => ({
      async *[Symbol.asyncIterator]() {
        await take();
        yield* base.chat(input);
      },
    }),
    interpret: async (input) => (await take(), base.interpret(input)),
    classifyStances: async (input) => (await take(), base.classifyStances(input)),
    commentary: (input) => base.commentary(input),
  };
}
