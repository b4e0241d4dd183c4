// A worker task is a job definition plus what to do with its payload. The payload is parsed
// once, here, with the definition's schema: a bad payload fails the job with a readable error
// (graphile-worker records it) before the task runs.
import type { Deps, ReviewPolicy } from '@overlord/core';
import type { JobDefinition } from '@overlord/jobs';
import type { JobHelpers, Task } from 'graphile-worker';
import type { z } from 'zod';

/** What tasks receive once, at start-up: the process's dependencies and the review policy. */
export interface TaskContext extends Deps {
  reviewPolicy: ReviewPolicy;
}

/** A task's implementation, bound to its context at start-up. */
export type WorkerTask<D extends JobDefinition, C = TaskContext> = ((context: C) => Task) & {
  readonly job: D;
};

export function defineTask<N extends string, S extends z.ZodType, C = TaskContext>(
  job: JobDefinition<N, S>,
  run: (payload: z.output<S>, helpers: JobHelpers, context: C) => Promise<void>,
): WorkerTask<JobDefinition<N, S>, C> {
  const create = (context: C): Task => {
    return async (payload, helpers) => run(job.parse(payload), helpers, context);
  };
  return Object.assign(create, { job });
}
