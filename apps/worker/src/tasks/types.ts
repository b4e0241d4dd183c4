import type { Deps } from '@overlord/core';
import type { Task } from 'graphile-worker';

/** Tasks receive the process's dependencies once, at start-up. */
export type TaskFactory = (deps: Deps) => Task;
